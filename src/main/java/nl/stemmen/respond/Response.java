package nl.stemmen.respond;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** One person's filling in of one questionnaire version. Holds nothing that identifies the person. */
@Entity
@Table(name = "response")
public class Response extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "access_hash")
    public String accessHash;

    @Column(name = "questionnaire_id")
    public String questionnaireId;

    @Column(name = "questionnaire_version")
    public int questionnaireVersion;

    /** The language the respondent reads in now. */
    public String language;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Mode mode;

    public boolean test;

    /** The study it counts for; null for a preview. */
    @Column(name = "study_id")
    public String studyId;

    @Enumerated(EnumType.STRING)
    public ResponseStatus status;

    @Column(name = "current_page")
    public String currentPage;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** When a page was first saved: from then on the response counts as started. */
    @Column(name = "first_saved_at")
    public OffsetDateTime firstSavedAt;

    /** The study's subgroup cell (study_cell) the respondent counts in; null while unknown. */
    @Column(name = "cell_id")
    public Long cellId;

    /** The flyer or group session (open_link) that brought the respondent; null for any other way in. */
    @Column(name = "open_link_id")
    public Long openLinkId;

    /** The username of the staff member who helped fill it in (mode assisted); null when the respondent was alone. */
    @Column(name = "helped_by")
    public String helpedBy;

    /** Set when a lead excluded the response (a duplicate, a speeder); it stays in the data. */
    @Column(name = "excluded_at")
    public OffsetDateTime excludedAt;

    @Column(name = "excluded_by")
    public String excludedBy;

    /** For a paper questionnaire typed in by staff (mode PAPER): who started entering it, and when. */
    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;

    /** The paper form's language; {@link #language} is the screen's, which the typist may switch. */
    @Column(name = "paper_language")
    public String paperLanguage;

    /** How many sign-up tickets its thank-you page handed out (nl.stemmen.fieldwork caps it); never which ones. */
    @Column(name = "signup_tickets")
    public int signupTickets;

    /** On a filter response (a landing's questions, not yet routed): the study whose landing it answers; else null. */
    @Column(name = "landing_study_id")
    public String landingStudyId;

    /** On a filter response: the entry that brought the person, as JSON, for the response they are routed to. */
    @Column(name = "landing_entry")
    public String landingEntry;

    /** On a routed response: the landing route taken (its index; -1 the study's own questionnaire); else null. */
    @Column(name = "landing_route")
    public Integer landingRoute;

    /** On a routed response: the filter answers that chose its route, as JSON (variable to values); else null. */
    @Column(name = "landing_answers")
    public String landingAnswers;

    public static Optional<Response> byAccessHash(String hash) {
        return find("accessHash", hash).firstResultOptional();
    }

    /** The response, locked until the transaction ends, so two submits of one page cannot interleave. */
    public static Optional<Response> lockedByAccessHash(String hash) {
        return find("accessHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean isCompleted() {
        return status == ResponseStatus.COMPLETED;
    }
}

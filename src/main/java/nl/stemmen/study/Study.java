package nl.stemmen.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.stemmen.language.Language;

/**
 * A study as stored: one questionnaire version, an organisation, a fieldwork period, the languages
 * offered and the research lead who owns it. Dimensions and quotas are kept as JSON in the API's
 * shape ({@link StudyDefinition}); {@link Studies} reads and writes them.
 */
@Entity
@Table(name = "study")
public class Study extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String organisation;

    @Column(name = "questionnaire_id")
    public String questionnaireId;

    @Column(name = "questionnaire_version")
    public int questionnaireVersion;

    @Column(name = "fieldwork_start")
    public LocalDate fieldworkStart;

    @Column(name = "fieldwork_end")
    public LocalDate fieldworkEnd;

    @Column(name = "threshold_pp")
    public BigDecimal thresholdPp;

    /** Language codes, space separated. */
    public String languages;

    public String owner;

    /** The fewest respondents a breakdown of answers shows in a cell. */
    @Column(name = "minimum_cell")
    public int minimumCell;

    /** Where respondents write with questions; null until the lead gives one. */
    @Column(name = "contact_email")
    public String contactEmail;

    public String dimensions;

    /** Whether staff may start a response for someone on their own device (mode assisted). */
    public boolean assisted;

    public String quotas;

    /** The thank-you page offers the voucher raffle (nl.stemmen.fieldwork). */
    public boolean raffle;

    /** The thank-you page offers signing up for a follow-up interview. */
    public boolean interviews;

    /** Raffle and interview sign-ups are deleted after this day; null: only by hand. */
    @Column(name = "signups_delete_after")
    public LocalDate signupsDeleteAfter;

    /** The landing page's filter questionnaire and routes as JSON ({@link StudyDefinition.Landing}); null: none. */
    public String landing;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The languages offered, in the order the lead gave them. */
    public List<Language> offeredLanguages() {
        return Arrays.stream(languages.split(" ")).map(Language::byCode).flatMap(Optional::stream).toList();
    }

    public static List<Study> ownedBy(String owner) {
        return list("owner = ?1 order by createdAt", owner);
    }

    public static List<Study> allByCreation() {
        return list("order by createdAt");
    }
}

package nl.stemmen.mailing.email;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.mailing.Mailing;
import nl.stemmen.mailing.MailingChannel;
import nl.stemmen.study.Studies;

/**
 * What a lead does with e-mail mailings (issue 15): start sending one ({@link EmailSender} carries it out), follow
 * its progress, and mark addresses that bounced. Starting and marking are logged with the staff member's name.
 */
@ApplicationScoped
public class EmailSending {

    private static final Logger LOG = Logger.getLogger(EmailSending.class);

    private final Studies studies;
    private final EntityManager entities;
    private final SendingPauses pauses;

    public EmailSending(Studies studies, EntityManager entities, SendingPauses pauses) {
        this.studies = studies;
        this.entities = entities;
        this.pauses = pauses;
    }

    /**
     * How far an e-mail mailing is.
     *
     * @param startedAt null until a lead starts it
     * @param recipients everyone it goes to
     * @param sent      accepted by the mail server
     * @param failed    not sent for good: the server refused the address, or the person withdrew, completed before a
     *                  reminder went out, or their address bounced before
     * @param waiting   still to be sent (0 when done)
     * @param pausedAt  since when sending has not got on because of the mail server; null while it gets on
     * @param pausedReason why, in a short human text naming the server ({@code mail server smtp.example.nl:587 refused
     *                  the connection}); null with {@code pausedAt}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Progress(long mailing, OffsetDateTime startedAt, String startedBy, int recipients, int sent, int failed,
            int waiting, boolean done, OffsetDateTime pausedAt, String pausedReason) {
    }

    /** Starting: the progress, or why the mailing cannot be sent. */
    public record Started(Optional<Progress> progress, Optional<Problem> problem) {
    }

    /**
     * Starts sending an e-mail mailing; starting it again changes nothing (a stopped run resumes by itself).
     *
     * @param base the public address Stemmen is reached at, ending in '/': the e-mails' links start with it
     * @return empty when the study is not the caller's or has no such mailing; a problem ({@code channel} for another
     *         channel's mailing, {@code contact_email} when the study has no contact address for replies)
     */
    @Transactional
    public Optional<Started> start(Staff staff, String studyId, long mailingId, String base) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        Optional<Mailing> found = study.flatMap(s -> mailing(studyId, mailingId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Mailing mailing = found.get();
        if (!MailingChannel.EMAIL.apiName().equals(mailing.channel)) {
            return Optional.of(refused(new Problem("channel",
                    "mailing " + mailingId + " is a " + mailing.channel + " mailing; only e-mail mailings are sent by Stemmen")));
        }
        if (study.get().definition().contactEmail() == null) {
            return Optional.of(refused(new Problem("contact_email", "the study has no contact e-mail for replies and questions:"
                    + " give one in the study (PUT /api/studies/" + studyId + " with \"contact_email\")")));
        }
        if (mailing.sendingStartedAt == null) {
            mailing.sendingStartedAt = OffsetDateTime.now();
            mailing.sendingStartedBy = staff.username();
            mailing.linkBase = base;
            LOG.infof("Study %s: e-mail mailing %d (%d recipients) started by %s", studyId, mailingId, mailing.recipients,
                    staff.username());
        }
        return Optional.of(new Started(Optional.of(progress(mailing)), Optional.empty()));
    }

    /** The progress of a mailing of the study; empty when the study is not the caller's or has no such mailing. */
    @Transactional
    public Optional<Progress> progress(Staff staff, String studyId, long mailingId) {
        return studies.find(staff, studyId).flatMap(s -> mailing(studyId, mailingId)).map(this::progress);
    }

    /** Addresses the lead reports as bounced, by frame ref or by e-mail address (either may be empty). */
    public record Bounces(List<String> refs, List<String> emails) {
    }

    /** Marking bounces: how many invitations were marked, and the refs and addresses the study does not have. */
    public record Marked(int marked, List<String> unknown) {
    }

    /**
     * Marks the invitations of these refs or addresses (compared without case) as bounced: no more e-mails go to
     * them, and the mailing file shows status {@code bounced} until they open their link.
     *
     * @return empty when the study is not the caller's
     */
    @Transactional
    public Optional<Marked> markBounced(Staff staff, String studyId, Bounces bounces) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>();
        int marked = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (String ref : bounces.refs() == null ? List.<String>of() : bounces.refs()) {
            marked += mark(studyId, "p.ref = ?2", ref == null ? "" : ref.strip(), now, unknown);
        }
        for (String email : bounces.emails() == null ? List.<String>of() : bounces.emails()) {
            marked += mark(studyId, "lower(c.email) = ?2", email == null ? "" : email.strip().toLowerCase(Locale.ROOT), now,
                    unknown);
        }
        LOG.infof("Study %s: %d e-mail addresses marked as bounced (%d not found) by %s", studyId, marked, unknown.size(),
                staff.username());
        return Optional.of(new Marked(marked, unknown));
    }

    private int mark(String studyId, String which, String value, OffsetDateTime now, List<String> unknown) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entities.createNativeQuery("select i.id from invitation i join frame_person p on p.id = i.person_id "
                + "left join frame_contact c on c.person_id = p.id where i.study_id = ?1 and " + which)
                .setParameter(1, studyId).setParameter(2, value).getResultList();
        if (ids.isEmpty()) {
            unknown.add(value);
            return 0;
        }
        return entities.createNativeQuery("update invitation set email_bounced_at = ?1 where email_bounced_at is null and id in (?2)")
                .setParameter(1, now).setParameter(2, ids.stream().map(Number::longValue).toList()).executeUpdate();
    }

    private Optional<Mailing> mailing(String studyId, long mailingId) {
        return Mailing.<Mailing>find("id = ?1 and studyId = ?2", mailingId, studyId).firstResultOptional();
    }

    private Progress progress(Mailing mailing) {
        Optional<SendingPauses.Pause> seen = pauses.of(mailing.id);
        Object[] counts = (Object[]) entities.createNativeQuery("select count(sent_at), count(failure), count(*), "
                + "count(*) filter (where sent_at >= ?2) from mailing_recipient where mailing_id = ?1")
                .setParameter(1, mailing.id).setParameter(2, seen.map(SendingPauses.Pause::since).orElse(OffsetDateTime.now()))
                .getSingleResult();
        int sent = ((Number) counts[0]).intValue();
        int failed = ((Number) counts[1]).intValue();
        int waiting = ((Number) counts[2]).intValue() - sent - failed;
        // a pause this replica saw is over once any replica got an e-mail accepted after it began
        Optional<SendingPauses.Pause> pause = seen.filter(p -> waiting > 0 && ((Number) counts[3]).intValue() == 0);
        return new Progress(mailing.id, mailing.sendingStartedAt, mailing.sendingStartedBy, mailing.recipients, sent, failed,
                waiting, mailing.sendingStartedAt != null && waiting == 0, pause.map(SendingPauses.Pause::since).orElse(null),
                pause.map(SendingPauses.Pause::reason).orElse(null));
    }

    private static Started refused(Problem problem) {
        return new Started(Optional.empty(), Optional.of(problem));
    }
}

package nl.stemmen.mailing.email;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.stemmen.invite.Invitations;
import nl.stemmen.language.Language;
import nl.stemmen.mailing.LetterTemplates;
import nl.stemmen.mailing.letter.LetterTexts;

/**
 * Sends the e-mails of the mailings a lead started ({@link EmailSending#start}), throttled and resumable, on
 * whichever replica holds a mailing's lease.
 * <p>
 * Each recipient's fate is recorded in mailing_recipient: {@code attempted_at} just before the SMTP transaction,
 * {@code sent_at} once the server accepted the message, {@code failure} when it refused the address for good (which
 * also marks the invitation's e-mail as bounced) or the person need not get it any more (withdrew, completed before a
 * reminder went out, an address that bounced in another mailing). A crash or restart resumes with everyone who has
 * no {@code sent_at} and no {@code failure}, so nobody is skipped and nobody who was recorded as sent is sent again.
 * The one message that can arrive twice is the one whose acceptance by the server the crash interrupted before it
 * was recorded (milliseconds); it is resent with the same Message-ID, so mail systems can recognise it.
 * <p>
 * An address the server puts off (4xx to RCPT TO, e.g. greylisting or a full mailbox) is tried again in the next
 * round while the others go on. Any other failure (the server is down, or answers the sender or the message
 * itself with an error, which says nothing about the address) pauses the mailing until the next round; nothing is
 * marked, and {@link SendingPauses} keeps the reason for the progress.
 */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    /** Recipients read from the database at a time. */
    private static final int SLICE = 50;
    /** How Vert.x's mail client begins the failure of a RCPT TO: only such a reply is about the address. */
    private static final String RECIPIENT_REFUSED = "recipient address not accepted";

    /** This process, as a lease holder: replicas are told apart by it. */
    private final String holder = UUID.randomUUID().toString();
    private final EmailConfig config;
    private final Mailer mailer;
    private final InvitationEmail email;
    private final Invitations invitations;
    private final LetterTemplates templates;
    private final EntityManager entities;
    private final SendingPauses pauses;
    /** The mail server as configured (host, and :port when given), to name it in a pause's reason. */
    private final String server;

    public EmailSender(EmailConfig config, Mailer mailer, InvitationEmail email, Invitations invitations,
            LetterTemplates templates, EntityManager entities, SendingPauses pauses,
            @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.mailer.port") Optional<Integer> port) {
        this.config = config;
        this.mailer = mailer;
        this.email = email;
        this.invitations = invitations;
        this.templates = templates;
        this.entities = entities;
        this.pauses = pauses;
        this.server = host + port.map(p -> ":" + p).orElse("");
    }

    /** Every few seconds: carries on with each started mailing that still has e-mails to send and no other holder. */
    @Scheduled(every = "${stemmen.email.round:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void round() {
        List<Long> started = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select m.id from mailing m where m.sending_started_at is not null and exists (select 1 from "
                        + "mailing_recipient r where r.mailing_id = m.id and r.sent_at is null and r.failure is null) order by m.id",
                Long.class).getResultList());
        for (Long mailing : started) {
            if (lease(mailing)) {
                try {
                    send(mailing);
                } finally {
                    release(mailing);
                }
            }
        }
    }

    /** One person still to be sent to, with what their e-mail needs. */
    private record Pending(long invitation, String seed, String email, String name, String language, boolean withdrawn,
            boolean completed, boolean bounced) {
    }

    /** The mailing as the e-mails need it. */
    private record Run(String studyId, boolean reminder, String base, String organisation, String contactEmail) {
    }

    private void send(long mailing) {
        Run run = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entities.createNativeQuery("select m.study_id, m.reminder, m.link_base, s.organisation, "
                    + "s.contact_email from mailing m join study s on s.id = m.study_id where m.id = ?1")
                    .setParameter(1, mailing).getSingleResult();
            return new Run((String) row[0], (Boolean) row[1], (String) row[2], (String) row[3], (String) row[4]);
        });
        Map<String, LetterTexts> texts = templates.of(run.studyId());
        InvitationEmail.Sender sender = new InvitationEmail.Sender(run.organisation(), run.contactEmail());
        long pause = Math.max(0, 60_000L / Math.max(1, config.perMinute()));
        OffsetDateTime began = OffsetDateTime.now();
        int sent = 0;
        int putOff = 0;
        SMTPException lastPutOff = null;
        List<Pending> slice;
        while (!(slice = pending(mailing, began)).isEmpty()) {
            for (Pending person : slice) {
                String reason = person.withdrawn() ? "withdrew before it was sent"
                        : run.reminder() && person.completed() ? "completed before the reminder was sent"
                        : person.bounced() ? "the address bounced before" : null;
                if (reason != null) {
                    record(mailing, person.invitation(), "update mailing_recipient set failure = ?3 where mailing_id = ?1 "
                            + "and invitation_id = ?2", reason);
                    continue;
                }
                if (!renew(mailing)) {
                    LOG.warnf("Mailing %d: lost its lease after %d e-mails; another replica carries on", mailing, sent);
                    return;
                }
                record(mailing, person.invitation(), "update mailing_recipient set attempted_at = ?3 where mailing_id = ?1 "
                        + "and invitation_id = ?2", OffsetDateTime.now());
                Language language = Language.byCode(person.language()).orElse(Language.NL);
                Invitations.Keys keys = invitations.keysOf(person.seed(), run.base());
                Mail mail;
                try {
                    mail = email.compose(texts.getOrDefault(language.code(), texts.get("nl")), sender,
                            new InvitationEmail.Addressee(person.email(), person.name(), language, keys.link(), keys.code()),
                            "<mailing-" + mailing + ".invitation-" + person.invitation() + "@stemmen>");
                } catch (RuntimeException e) {
                    // this person's e-mail cannot be made: not the mail server's fault, so the others still get theirs
                    String failure = "the e-mail could not be made from the study's texts: " + e;
                    record(mailing, person.invitation(), "update mailing_recipient set failure = ?3 where mailing_id = ?1 "
                            + "and invitation_id = ?2", failure.length() > 500 ? failure.substring(0, 500) : failure);
                    LOG.errorf(e, "Mailing %d: invitation %d's e-mail could not be made", mailing, person.invitation());
                    continue;
                }
                try {
                    mailer.send(mail);
                } catch (RuntimeException e) {
                    SMTPException refusal = addressRefusal(e);
                    if (refusal == null) {
                        String trouble = trouble(e);
                        pauses.paused(mailing, trouble);
                        LOG.warnf("Mailing %d: %s; trying again in the next round, after %d sent in this one", mailing,
                                trouble, sent);
                        return;
                    }
                    if (refusal.isPermanent()) {
                        bounced(mailing, person.invitation(), refusal);
                    } else {
                        putOff++;
                        lastPutOff = refusal;
                        LOG.infof("Mailing %d: invitation %d's address put off by the mail server (%s); trying it again in "
                                + "the next round", mailing, person.invitation(), refusal.getReplyMessage());
                    }
                    continue;
                }
                record(mailing, person.invitation(), "update mailing_recipient set sent_at = ?3 where mailing_id = ?1 "
                        + "and invitation_id = ?2", OffsetDateTime.now());
                pauses.resumed(mailing);
                sent++;
                sleep(pause);
            }
        }
        if (putOff > 0) {
            pauses.paused(mailing, "mail server " + server + " put off " + putOff + (putOff == 1 ? " address" : " addresses")
                    + " for now: " + lastPutOff.getReplyMessage());
            LOG.infof("Mailing %d: %d sent in this round, %d put off until the next", mailing, sent, putOff);
            return;
        }
        pauses.resumed(mailing);
        LOG.infof("Mailing %d: every e-mail is sent or accounted for (%d in this round)", mailing, sent);
    }

    /** What stopped this round, in a short human text that names the server. */
    private String trouble(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "mail server " + server + " refused the connection";
            }
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return "mail server " + server + " did not answer in time";
            }
            if (t instanceof UnknownHostException) {
                return "mail server " + server + " is not a known host name";
            }
            if (t instanceof SMTPException smtp) {
                return "mail server " + server + " answered: " + smtp.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "mail server " + server + " failed: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    /** The next people still to send to, leaving out who was tried since this round began (put off until the next). */
    private List<Pending> pending(long mailing, OffsetDateTime began) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("select i.id, i.seed, c.email, c.name, c.letter_language, "
                    + "i.withdrawn_at, r.completed_at, i.email_bounced_at from mailing_recipient m "
                    + "join invitation i on i.id = m.invitation_id join frame_contact c on c.person_id = i.person_id "
                    + "left join response r on r.id = i.response_id and r.excluded_at is null "
                    + "where m.mailing_id = ?1 and m.sent_at is null and m.failure is null "
                    + "and (m.attempted_at is null or m.attempted_at < ?2) order by i.id")
                    .setParameter(1, mailing).setParameter(2, began).setMaxResults(SLICE).getResultList();
            return rows.stream().map(row -> new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    row[3] == null ? "" : (String) row[3], (String) row[4], row[5] != null, row[6] != null, row[7] != null))
                    .toList();
        });
    }

    /** The server refused this address for good (5xx): the mailing goes on, the invitation's e-mail is marked bounced. */
    private void bounced(long mailing, long invitation, SMTPException refusal) {
        String reply = ("refused by the mail server: " + refusal.getReplyMessage()).strip();
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("update mailing_recipient set failure = ?3 where mailing_id = ?1 and invitation_id = ?2")
                    .setParameter(1, mailing).setParameter(2, invitation)
                    .setParameter(3, reply.length() > 500 ? reply.substring(0, 500) : reply).executeUpdate();
            entities.createNativeQuery("update invitation set email_bounced_at = ?2 where id = ?1 and email_bounced_at is null")
                    .setParameter(1, invitation).setParameter(2, OffsetDateTime.now()).executeUpdate();
        });
        LOG.infof("Mailing %d: invitation %d's address %s", mailing, invitation, reply);
    }

    private void record(long mailing, long invitation, String update, Object value) {
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery(update).setParameter(1, mailing).setParameter(2, invitation).setParameter(3, value)
                    .executeUpdate();
            if (update.contains("sent_at")) {
                entities.createNativeQuery("update invitation set mailed_at = ?2 where id = ?1 and mailed_at is null")
                        .setParameter(1, invitation).setParameter(2, value).executeUpdate();
            }
        });
    }

    /** Takes the mailing's lease when nobody holds it or the holder let it run out; false when another replica has it. */
    private boolean lease(long mailing) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("update mailing set lease_holder = ?2, "
                + "lease_until = ?3 where id = ?1 and (lease_holder is null or lease_holder = ?2 or lease_until < ?4)")
                .setParameter(1, mailing).setParameter(2, holder).setParameter(3, OffsetDateTime.now().plus(config.lease()))
                .setParameter(4, OffsetDateTime.now()).executeUpdate() == 1);
    }

    /** Extends this replica's lease; false when another took it over meanwhile. */
    private boolean renew(long mailing) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("update mailing set lease_until = ?3 "
                + "where id = ?1 and lease_holder = ?2").setParameter(1, mailing).setParameter(2, holder)
                .setParameter(3, OffsetDateTime.now().plus(config.lease())).executeUpdate() == 1);
    }

    private void release(long mailing) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("update mailing set lease_holder = null, "
                + "lease_until = null where id = ?1 and lease_holder = ?2").setParameter(1, mailing).setParameter(2, holder)
                .executeUpdate());
    }

    /** The server's answer to RCPT TO when that is what failed; null for any other failure. */
    private static SMTPException addressRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.getMessage() != null && smtp.getMessage().startsWith(RECIPIENT_REFUSED) ? smtp : null;
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while sending", e);
        }
    }
}

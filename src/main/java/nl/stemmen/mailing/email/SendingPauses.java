package nl.stemmen.mailing.email;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Why the sending of a mailing is paused, as this replica's {@link EmailSender} last found it: the mail server is
 * down, refuses the e-mails themselves, or put off the addresses still to send. Kept in memory (what a lead needs
 * is the present state, not a history); {@link EmailSending} shows it in the progress until an e-mail is accepted
 * again, by this or another replica.
 */
@ApplicationScoped
class SendingPauses {

    /**
     * A pause: since when sending has not got on, and the latest reason in a short human text
     * ({@code mail server 127.0.0.1:2525 refused the connection}).
     */
    record Pause(OffsetDateTime since, String reason) {
    }

    private final Map<Long, Pause> byMailing = new ConcurrentHashMap<>();

    /** Sending this mailing stopped for this reason; a pause that goes on keeps its start and takes the new reason. */
    void paused(long mailing, String reason) {
        byMailing.merge(mailing, new Pause(OffsetDateTime.now(), reason), (old, now) -> new Pause(old.since(), reason));
    }

    /** The mail server accepted an e-mail of this mailing, or it is done: no pause. */
    void resumed(long mailing) {
        byMailing.remove(mailing);
    }

    /** The mailing's pause as this replica knows it; empty when sending gets on. */
    Optional<Pause> of(long mailing) {
        return Optional.ofNullable(byMailing.get(mailing));
    }
}

package nl.stemmen.invite;

import java.time.OffsetDateTime;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Stops guessing of short codes: after {@link InvitationConfig#codeAttempts()} wrong codes from one
 * client, or {@link InvitationConfig#codeAttemptsInTotal()} from everyone, within the window, no
 * code is tried until the window has passed. Counted in the database, so the limit holds across
 * every replica; clients are kept as keyed hashes of their address.
 */
@ApplicationScoped
public class CodeGuard {

    private final InvitationConfig config;
    private final Invitations invitations;
    private final EntityManager entities;

    public CodeGuard(InvitationConfig config, Invitations invitations, EntityManager entities) {
        this.config = config;
        this.invitations = invitations;
        this.entities = entities;
    }

    /** Whether a code typed from {@code address} may be tried now. */
    public boolean mayTry(String address) {
        OffsetDateTime since = OffsetDateTime.now().minus(config.codeWindow());
        String client = invitations.keys().clientHash(address);
        return QuarkusTransaction.requiringNew().call(() -> {
            long fromClient = count("select count(*) from code_attempt where client = ?1 and attempted_at > ?2", client, since);
            long fromAll = count("select count(*) from code_attempt where attempted_at > ?1", since, null);
            return fromClient < config.codeAttempts() && fromAll < config.codeAttemptsInTotal();
        });
    }

    /** Counts a wrong code from {@code address}, and forgets attempts older than the window. */
    public void wrongCode(String address) {
        OffsetDateTime now = OffsetDateTime.now();
        String client = invitations.keys().clientHash(address);
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("delete from code_attempt where attempted_at < ?1")
                    .setParameter(1, now.minus(config.codeWindow())).executeUpdate();
            entities.createNativeQuery("insert into code_attempt (client, attempted_at) values (?1, ?2)")
                    .setParameter(1, client).setParameter(2, now).executeUpdate();
        });
    }

    private long count(String sql, Object first, Object second) {
        var query = entities.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}

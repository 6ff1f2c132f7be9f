package nl.stemmen.access;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a username and password from the sign-in form or HTTP Basic against the {@code account}
 * table: the identity carries the account's role. A wrong username costs as much time as a wrong
 * password, so the answer's timing does not tell which usernames exist. A password verified in the
 * last two minutes is not run through bcrypt again ({@link VerifiedPasswords}): scripts send it with every call.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Compared against when the username is unknown; no password matches it. */
    private static final String NO_ACCOUNT = BcryptUtil.bcryptHash("no account has this password");

    private final VerifiedPasswords verified = new VerifiedPasswords();

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<Account> account = QuarkusTransaction.requiringNew()
                    .call(() -> Account.byUsername(request.getUsername()));
            String password = new String(request.getPassword().getPassword());
            String stored = account.map(a -> a.password).orElse(NO_ACCOUNT);
            Instant now = Instant.now();
            if (account.isPresent() && verified.recently(request.getUsername(), password, stored, now)) {
                return identity(account.get());
            }
            if (account.isEmpty() || !BcryptUtil.matches(password, stored)) {
                throw new AuthenticationFailedException();
            }
            verified.remember(request.getUsername(), password, stored, now);
            return identity(account.get());
        });
    }

    /** The identity of a signed-in account: its username and its one role. */
    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(account.role)
                .build();
    }
}

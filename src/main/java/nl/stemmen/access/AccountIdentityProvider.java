package nl.stemmen.access;

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
 * password, so the answer's timing does not tell which usernames exist.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Compared against when the username is unknown; no password matches it. */
    private static final String NO_ACCOUNT = BcryptUtil.bcryptHash("no account has this password");

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
            boolean matches = BcryptUtil.matches(password, account.map(a -> a.password).orElse(NO_ACCOUNT));
            if (account.isEmpty() || !matches) {
                throw new AuthenticationFailedException();
            }
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

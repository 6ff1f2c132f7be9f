package nl.stemmen.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity behind a sign-in session cookie, read again from the {@code account} table on each
 * request, so that a changed role or a removed account takes effect at once.
 */
@ApplicationScoped
public class AccountSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew()
                .call(() -> Account.byUsername(request.getPrincipal()))
                .map(AccountIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }
}

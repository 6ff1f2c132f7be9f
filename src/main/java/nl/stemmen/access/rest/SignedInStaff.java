package nl.stemmen.access.rest;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import nl.stemmen.access.Staff;

/**
 * The staff member behind the current request, for resources: whichever way they signed in (form, HTTP Basic,
 * OIDC token). One per request, so a resource (a singleton) asks it anew each call.
 */
@RequestScoped
public class SignedInStaff {

    private final SecurityIdentity identity;

    public SignedInStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The signed-in staff member.
     *
     * @throws ForbiddenException (403) when the request is anonymous or its identity has none of the three roles
     */
    public Staff staff() {
        return ifAny().orElseThrow(ForbiddenException::new);
    }

    /** The signed-in staff member; empty when the request is anonymous or has no staff role. */
    public Optional<Staff> ifAny() {
        return Staff.of(identity);
    }
}

package nl.stemmen.access;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A signed-in staff member as the services see them: the name studies are owned by, and the role.
 * Built from the request's identity, whether it came from a form, HTTP Basic or an OIDC token.
 */
public record Staff(String username, Role role) {

    /** The staff member behind {@code identity}; empty when anonymous or without one of the three roles. */
    public static Optional<Staff> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        // the strongest role wins when a token carries several
        for (Role role : Role.values()) {
            if (identity.hasRole(role.code())) {
                return Optional.of(new Staff(identity.getPrincipal().getName(), role));
            }
        }
        return Optional.empty();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}

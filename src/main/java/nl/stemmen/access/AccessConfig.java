package nl.stemmen.access;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Sign-in on the embedded default. */
@ConfigMapping(prefix = "stemmen.admin")
public interface AccessConfig {

    /**
     * The built-in admin's password ({@code STEMMEN_ADMIN_PASSWORD}); set at every start when given.
     * When absent and no admin exists yet, one is generated and printed once.
     */
    Optional<String> password();
}

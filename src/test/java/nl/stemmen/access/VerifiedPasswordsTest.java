package nl.stemmen.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A verified password is remembered briefly, only with the same stored hash, and never in the clear. */
class VerifiedPasswordsTest {

    @Test
    void rememberedForTwoMinutesAndOnlyForThatHash() {
        VerifiedPasswords verified = new VerifiedPasswords();
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        verified.remember("anna", "een lang wachtwoord", "$2a$10$hash-one", now);
        assertTrue(verified.recently("anna", "een lang wachtwoord", "$2a$10$hash-one", now.plusSeconds(119)));
        assertFalse(verified.recently("anna", "een lang wachtwoord", "$2a$10$hash-one", now.plusSeconds(121)), "expired");
        assertFalse(verified.recently("anna", "een lang wachtwoord", "$2a$10$hash-two", now), "the password was changed");
        assertFalse(verified.recently("anna", "een ander wachtwoord", "$2a$10$hash-one", now));
        assertFalse(verified.recently("bert", "een lang wachtwoord", "$2a$10$hash-one", now));
    }
}

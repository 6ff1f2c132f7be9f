package nl.stemmen.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for two minutes that a username and password matched an account's bcrypt hash, so a
 * script sending HTTP Basic with every request pays bcrypt's tenth of a second once, not per call.
 * Kept: a keyed hash (HMAC-SHA256 under a key made at start and never stored) of the username,
 * the password and the stored hash, so a changed password is never taken from memory, and nothing
 * kept reveals a password. At most {@value #MAX_ENTRIES} entries; when full, it starts again.
 */
final class VerifiedPasswords {

    static final int MAX_ENTRIES = 10_000;
    private static final Duration KEPT = Duration.ofMinutes(2);

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password was verified against this stored hash within the last two minutes. */
    boolean recently(String username, String password, String storedHash, Instant now) {
        Instant until = verified.get(fingerprint(username, password, storedHash));
        return until != null && now.isBefore(until);
    }

    /** Notes a successful bcrypt check. */
    void remember(String username, String password, String storedHash, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(fingerprint(username, password, storedHash), now.plus(KEPT));
    }

    private String fingerprint(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : new String[] {username, password, storedHash}) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

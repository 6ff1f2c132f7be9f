package nl.stemmen.invite;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;

import com.ibm.icu.lang.UCharacter;
import javax.crypto.spec.SecretKeySpec;

/**
 * An invitation's personal link token and short code, derived from a random seed that the
 * database keeps and a server key that it does not: HMAC-SHA256(key, purpose ∥ seed). A reminder
 * letter derives the same link and code again; a copy of the database alone yields neither, since
 * lookups go by HMAC(key, token) and HMAC(key, code) too (design §4).
 * <p>
 * Tokens carry 128 bits (22 base64url characters). Codes have 10 characters from 31 that cannot
 * be confused (no 0/O, 1/l/I), about 49 bits, typed in any case, with or without spaces or dashes.
 */
public final class InvitationKeys {

    /** Digits and capitals without 0, 1, I, L and O. */
    public static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int CODE_LENGTH = 10;
    private static final int TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    /** @param key the server key, at least 32 bytes of secret (stemmen.invitations.key) */
    public InvitationKeys(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the invitation key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** A fresh random seed for a new invitation: 128 bits as 32 hex digits. */
    public static String newSeed() {
        byte[] seed = new byte[16];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /** The personal link token of the invitation with this seed: 22 characters of base64url. */
    public String token(String seed) {
        byte[] mac = mac("link:" + seed);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, TOKEN_BYTES));
    }

    /** The short code of the invitation with this seed, as printed: 10 characters of {@link #CODE_ALPHABET}. */
    public String code(String seed) {
        return code("code", seed, CODE_LENGTH);
    }

    /**
     * A code of {@code length} (at most 12) characters of {@link #CODE_ALPHABET} derived from a seed for
     * {@code purpose} ("code" for invitations, "open" for flyers and sessions): different purposes give
     * unrelated codes from one seed.
     */
    public String code(String purpose, String seed, int length) {
        byte[] mac = mac(purpose + ":" + seed);
        StringBuilder code = new StringBuilder();
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | (mac[i] & 0xff);
        }
        bits = bits >>> 1; // 63 bits, non-negative; 31^10 < 2^50 leaves the modulo bias below 2^-13
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt((int) (bits % CODE_ALPHABET.length())));
            bits /= CODE_ALPHABET.length();
        }
        return code.toString();
    }

    /** What the database keeps of a link token: HMAC(key, token), 64 hex digits. */
    public String linkHash(String token) {
        return HexFormat.of().formatHex(mac("link-hash:" + token));
    }

    /** What the database keeps of a short code: HMAC(key, code), 64 hex digits. */
    public String codeHash(String code) {
        return codeHash("code", code);
    }

    /** What the database keeps of a code made for {@code purpose} (see {@link #code(String, String, int)}): 64 hex digits. */
    public String codeHash(String purpose, String code) {
        return HexFormat.of().formatHex(mac(purpose + "-hash:" + code));
    }

    /** What the database keeps of a client address that typed a wrong code: HMAC(key, address), never the address. */
    public String clientHash(String address) {
        return HexFormat.of().formatHex(mac("client:" + address));
    }

    /**
     * A code as a respondent typed it, in the printed form: upper case, spaces, dashes and dots
     * removed; empty when it cannot be a code (wrong length or a character outside the alphabet).
     */
    public static Optional<String> normalizeCode(String typed) {
        return normalizeCode(typed, CODE_LENGTH);
    }

    /** As {@link #normalizeCode(String)}, for a code of {@code length} characters. */
    public static Optional<String> normalizeCode(String typed, int length) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder western = new StringBuilder();
        // Arabic and Persian keyboards type ٤ and ۴ for the 4 on the letter
        typed.codePoints().forEach(c -> western.appendCodePoint(UCharacter.isDigit(c) ? '0' + UCharacter.digit(c, 10) : c));
        String code = western.toString().replaceAll("[\\s\\-.\u00a0]", "").toUpperCase(Locale.ROOT);
        boolean valid = code.length() == length && code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0);
        return valid ? Optional.of(code) : Optional.empty();
    }

    /** The code as printed on a letter, in two groups of five for reading aloud and typing: ABCDE-FGHJK. */
    public static String printed(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}

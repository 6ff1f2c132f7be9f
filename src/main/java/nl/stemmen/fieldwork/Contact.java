package nl.stemmen.fieldwork;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a respondent typed as their contact: an e-mail address (kept in lower case) or a phone number (kept
 * as digits with an optional leading +; spaces, dashes, dots and brackets dropped, 8 to 15 digits as E.164 allows).
 */
public final class Contact {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    private Contact() {
    }

    /** The contact as stored, or empty when {@code typed} is neither an e-mail address nor a phone number. */
    public static Optional<String> normalised(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        if (stripped.length() > 254) {
            return Optional.empty();
        }
        if (EMAIL.matcher(stripped).matches()) {
            return Optional.of(stripped.toLowerCase(Locale.ROOT));
        }
        String phone = stripped.replaceAll("[\\s().\\-]", "");
        return PHONE.matcher(phone).matches() ? Optional.of(phone) : Optional.empty();
    }
}

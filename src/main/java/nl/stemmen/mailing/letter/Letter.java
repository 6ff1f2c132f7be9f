package nl.stemmen.mailing.letter;

/**
 * One person's letter: the name and Dutch address for the envelope window, the letter language from the
 * frame ({@code nl}, {@code en}, {@code ar}, {@code tr}, {@code fa}, {@code ti}; {@code null} when the frame
 * gives none), and the person's invitation: the whole {@code /s/<token>} link and the short code.
 */
public record Letter(String name, String street, String postcode, String city, String language, String link, String code) {
}

package nl.stemmen.monitor.analysis;

/**
 * How the respondents shown one question (in one language, or in all) answered it, as counts:
 * {@code shown} had it on a page (an answer row: routing did not pass it by), {@code dontUnderstand}
 * chose "I don't understand the question", {@code unanswered} left it empty, {@code missing} chose an
 * option the questionnaire codes as missing (don't know, rather not say).
 */
public record ShownCounts(long shown, long dontUnderstand, long unanswered, long missing) {

    public static final ShownCounts NONE = new ShownCounts(0, 0, 0, 0);

    public ShownCounts plus(ShownCounts other) {
        return new ShownCounts(shown + other.shown, dontUnderstand + other.dontUnderstand, unanswered + other.unanswered,
                missing + other.missing);
    }
}

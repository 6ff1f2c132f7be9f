package nl.stemmen.questionnaire.flow;

/**
 * Step {@code number} of at most {@code count} pages (see {@link Routing#progress}); the count
 * only shrinks as the respondent moves forward, so the bar never goes back.
 */
public record Progress(int number, int count) {

    /** The bar, as the words say it: step n of m is n/m, full on the last page; 0..100. */
    public int percent() {
        return count == 0 ? 100 : Math.round(100f * number / count);
    }
}

package nl.stemmen.questionnaire.flow;

/** Page {@code number} of {@code count} pages that apply; the count follows the routing. */
public record Progress(int number, int count) {

    public int percent() {
        return count == 0 ? 100 : Math.round(100f * (number - 1) / count);
    }
}

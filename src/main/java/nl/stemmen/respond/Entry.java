package nl.stemmen.respond;

/**
 * How a respondent enters: the one argument through which every response starts, whether from a
 * preview, a personal link, a short code or (later) a flyer.
 *
 * @param study the study the response counts for; null for a preview
 * @param cell the study's subgroup cell (study_cell id) the respondent is known to be in; null when unknown
 */
public record Entry(Channel channel, Mode mode, boolean test, String study, Long cell) {

    public static Entry preview() {
        return new Entry(Channel.PREVIEW, Mode.SELF, true, null, null);
    }

    /** A person who came to a study's landing page {@code /l/<study>} on their own, without invitation or flyer. */
    public static Entry landing(String study) {
        return new Entry(Channel.LANDING, Mode.SELF, false, study, null);
    }

    /** A person invited to a study, arriving by their personal link or by the short code from their letter. */
    public static Entry invited(Channel channel, String study, Long cell) {
        return new Entry(channel, Mode.SELF, false, study, cell);
    }
}

package nl.stemmen.respond;

/**
 * How a respondent enters: the one argument through which every response starts, whether from a
 * preview, a personal link, a short code or an open start (a flyer, a group session, a staff member's device).
 *
 * @param study the study the response counts for; null for a preview
 * @param cell the study's subgroup cell (study_cell id) the respondent is known to be in; null when unknown
 *            (then the response's own answers place it, {@link nl.stemmen.study.SubgroupCells#byAnswers})
 * @param openLink the flyer or session (open_link id) that brought the respondent; null otherwise
 * @param helpedBy the username of the staff member who helps fill it in (mode assisted); null otherwise
 */
public record Entry(Channel channel, Mode mode, boolean test, String study, Long cell, Long openLink, String helpedBy) {

    public static Entry preview() {
        return new Entry(Channel.PREVIEW, Mode.SELF, true, null, null, null, null);
    }

    /** A person who came to a study's landing page {@code /l/<study>} on their own, without invitation or flyer. */
    public static Entry landing(String study) {
        return open(Channel.LANDING, Mode.SELF, study, null, null);
    }

    /** A person invited to a study, arriving by their personal link or by the short code from their letter. */
    public static Entry invited(Channel channel, String study, Long cell) {
        return new Entry(channel, Mode.SELF, false, study, cell, null, null);
    }

    /** Someone without an invitation, through an open link ({@code openLink}, may be null) or helped by {@code helpedBy}. */
    public static Entry open(Channel channel, Mode mode, String study, Long openLink, String helpedBy) {
        return new Entry(channel, mode, false, study, null, openLink, helpedBy);
    }
}

package nl.stemmen.monitor.quality;

/**
 * One finding about one response. {@code detail} says why in words a research lead reads, and never
 * quotes an answer: a lead who could tie a response to a person would otherwise read their answers.
 */
public record Flag(long response, FlagKind kind, String detail) {

    /** The database keeps at most this many characters of a detail. */
    static final int DETAIL_LENGTH = 400;

    public Flag {
        if (detail.length() > DETAIL_LENGTH) {
            detail = detail.substring(0, DETAIL_LENGTH - 1) + "…";
        }
    }
}

package nl.stemmen.respond;

/**
 * How a response came in: a preview, an invitation's personal link or short code, or an open start
 * (issue 16): a QR flyer, a group session's code, or a staff member's own device (in person, assisted); or a
 * returned paper form typed in by staff (PAPER); LANDING: a study's open landing page {@code /l/<study>} (issue 16).
 */
public enum Channel {
    PREVIEW, PERSONAL_LINK, SHORT_CODE, FLYER, SESSION, IN_PERSON, PAPER, LANDING;

    /** Whether the response came through an invitation, so it counts against the invited (R-indicator, response rate). */
    public boolean invited() {
        return this == PERSONAL_LINK || this == SHORT_CODE;
    }
}

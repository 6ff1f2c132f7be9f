package nl.stemmen.respond;

/** How a response came in. Flyers (FLYER) are still to come. */
public enum Channel {
    PREVIEW, PERSONAL_LINK, SHORT_CODE, FLYER
}

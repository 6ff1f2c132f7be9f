package nl.stemmen.respond;

/** How a response came in. Flyers (FLYER) are still to come; LANDING: a study's open landing page {@code /l/<study>}. */
public enum Channel {
    PREVIEW, PERSONAL_LINK, SHORT_CODE, FLYER, LANDING
}

package nl.stemmen.respond;

/** How a response came in. Flyers (FLYER) are still to come; PAPER: a returned paper form, typed in by staff. */
public enum Channel {
    PREVIEW, PERSONAL_LINK, SHORT_CODE, FLYER, PAPER
}

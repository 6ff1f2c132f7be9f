package nl.stemmen.respond;

/** How a response came in. Only PREVIEW exists yet; invitations and flyers will start the others. */
public enum Channel {
    PREVIEW, PERSONAL_LINK, SHORT_CODE, FLYER
}

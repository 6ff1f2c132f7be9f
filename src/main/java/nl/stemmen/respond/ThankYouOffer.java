package nl.stemmen.respond;

import java.util.Optional;

/**
 * Something a thank-you page may offer after the last page (the raffle and interview sign-up of
 * nl.stemmen.fieldwork), without the respond package knowing what: given the completed response, the HTML to show
 * below the thank-you text, or empty for nothing.
 */
public interface ThankYouOffer {

    /** HTML for the thank-you page of {@code open} (a completed response), or empty. */
    Optional<String> html(OpenResponse open);
}

package nl.stemmen.fieldwork.view;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.mailing.letter.LetterPdf;
import nl.stemmen.respond.Mode;
import nl.stemmen.respond.OpenResponse;
import nl.stemmen.respond.ThankYouOffer;

/**
 * On the thank-you page of a typed-in paper form, a link for the staff member to the next form (Dutch, as the staff
 * pages); nothing on any other response's.
 */
@ApplicationScoped
public class PaperEntryDone implements ThankYouOffer {

    /** The link to the study's paper page for a PAPER response; empty for any other. */
    @Override
    public Optional<String> html(OpenResponse open) {
        if (open.response().mode != Mode.PAPER || open.response().studyId == null) {
            return Optional.empty();
        }
        return Optional.of("<p class=\"next\" lang=\"nl\" dir=\"ltr\"><a href=\"/studies/" + LetterPdf.escape(open.response().studyId)
                + "/paper\">Volgend papieren formulier invoeren</a> <span lang=\"en\">· Type in the next paper form</span></p>");
    }
}

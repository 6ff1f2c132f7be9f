package nl.stemmen.mailing.email;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.language.Language;
import nl.stemmen.mailing.letter.LetterTexts;

/**
 * One person's invitation or reminder e-mail: the study's letter texts in their letter language, a plain-text part
 * and a small HTML part readable without images (no images, styles inline, right-to-left for Arabic and Farsi),
 * the whole link and the short code, replies going to the study's contact address.
 */
@ApplicationScoped
public class InvitationEmail {

    private final Template html;

    public InvitationEmail(@Location("email/invitation.html") Template html) {
        this.html = html;
    }

    /** Who an e-mail goes to, in which language, with which link and code; {@code name} may be empty. */
    public record Addressee(String email, String name, Language language, String link, String code) {
    }

    /** What every e-mail of a study shares: its organisation (subject, signature) and contact address (reply-to). */
    public record Sender(String organisation, String contactEmail) {
    }

    /**
     * The e-mail to one person.
     *
     * @param messageId the Message-ID header, the same each time the same invitation is sent in the same mailing,
     *                  so a resend after a crash can be recognised as the same message by the receiving side
     */
    public Mail compose(LetterTexts texts, Sender sender, Addressee to, String messageId) {
        String greeting = texts.greeting(to.name());
        String subject = texts.subject(sender.organisation());
        String contact = texts.contact(sender.contactEmail());
        String text = String.join("\n\n", greeting, texts.body(), texts.emailHowTo(), to.link(), "Code: " + to.code(),
                texts.privacy(), contact, sender.organisation()) + "\n";
        String page = html.data("lang", to.language().code()).data("dir", to.language().direction()).data("subject", subject)
                .data("greeting", greeting).data("body", texts.body()).data("howTo", texts.emailHowTo()).data("link", to.link())
                .data("code", to.code()).data("privacy", texts.privacy()).data("contact", contact)
                .data("organisation", sender.organisation()).render();
        return Mail.withText(to.email(), subject, text).setHtml(page).setReplyTo(sender.contactEmail())
                .addHeader("Message-ID", messageId).addHeader("Content-Language", to.language().code());
    }
}

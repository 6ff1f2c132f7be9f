package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.stemmen.fieldwork.Signups;
import nl.stemmen.fieldwork.view.SignupView;
import nl.stemmen.language.Language;
import nl.stemmen.respond.rest.FormBody;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.Frame;

/**
 * The sign-up form's answer, at {@code /signup}: an address that holds no response token, so neither it nor the
 * request leads back to a response (see {@link Signups} for the whole reasoning). Stored: 303 to the thank-you
 * page; a problem: 422 with the form again and everything typed; a ticket used or unknown: 410. Every answer
 * carries {@code Referrer-Policy: no-referrer}.
 */
@Path("/signup")
@Produces(MediaType.TEXT_HTML)
public class SignupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, String title, String text, String form);
    }

    private final Signups signups;
    private final SignupView view;
    private final NoticePage notices;

    public SignupResource(Signups signups, SignupView view, NoticePage notices) {
        this.signups = signups;
        this.view = view;
        this.notices = notices;
    }

    /** The form as sent: ticket, lang, raffle_contact, raffle_consent, interview_contact, interview_consent, share. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUp(byte[] body) {
        MultivaluedMap<String, String> form = FormBody.parse(body);
        Language language = notices.language(form.getFirst("lang"));
        String ticket = form.getFirst("ticket");
        Signups.Typed typed = new Signups.Typed(form.getFirst("raffle_contact"), form.containsKey("raffle_consent"),
                form.getFirst("interview_contact"), form.containsKey("interview_consent"),
                new HashSet<>(Optional.ofNullable(form.get("share")).orElse(List.of())));
        Signups.Outcome outcome = signups.signUp(ticket, typed);
        if (outcome instanceof Signups.Outcome.Saved) {
            return private_(Response.seeOther(URI.create("/signup/thanks?lang=" + language.code()))).build();
        }
        if (outcome instanceof Signups.Outcome.Invalid invalid) {
            Optional<Signups.Offer> offer = signups.offerOf(ticket);
            if (offer.isPresent()) {
                Frame frame = notices.frame(language, "signup.title");
                String html = view.html(offer.get(), language, typed, invalid.problems());
                return private_(Response.status(422).entity(Templates.page(frame, null, null, html))).build();
            }
        }
        Frame frame = notices.frame(language, "signup.title");
        return private_(Response.status(410).entity(Templates.page(frame, frame.t().get("signup.title"),
                frame.t().get("signup.used"), ""))).build();
    }

    /** After signing up: thanks, and that the details are kept apart from the answers. */
    @GET
    @Path("thanks")
    public Response thanks(@QueryParam("lang") String lang) {
        Frame frame = notices.frame(notices.language(lang), "signup.thanks.title");
        return private_(Response.ok(Templates.page(frame, frame.t().get("signup.thanks.title"),
                frame.t().get("signup.thanks.text"), ""))).build();
    }

    private static Response.ResponseBuilder private_(Response.ResponseBuilder builder) {
        return builder.header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store");
    }
}

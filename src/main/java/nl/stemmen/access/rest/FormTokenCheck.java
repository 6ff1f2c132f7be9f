package nl.stemmen.access.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses a POST to a {@link StaffForms} resource whose form field {@code form_token} is not the
 * browser's {@link FormToken} cookie: 403 with a page saying to reload the form and try again.
 */
public class FormTokenCheck {

    private static final String REFUSED = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Formulier verlopen · Stemmen</title>\
            </head><body><h1>Formulier verlopen <span lang="en">· Form expired</span></h1>\
            <p>Dit formulier is niet (meer) geldig. Ga terug, laad de pagina opnieuw en probeer het nog eens.</p>\
            <p lang="en">This form is not valid (any more). Go back, reload the page and try again.</p></body></html>""";

    @StaffForms
    @WithFormRead
    @ServerRequestFilter
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(FormToken.FIELD, true, false);
        String cookie = FormToken.sent(routing);
        if (cookie != null && field instanceof String sent
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(REFUSED).build();
    }
}

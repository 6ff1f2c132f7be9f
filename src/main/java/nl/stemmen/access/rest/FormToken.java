package nl.stemmen.access.rest;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The token staff forms carry against cross-site request forgery (double-submit): a random value in
 * an HttpOnly, SameSite=Strict cookie and the same value in a hidden field of every form. Another site
 * can make a browser post a form with the session cookie (or cached Basic credentials), but it can
 * neither read nor set this cookie, so it cannot know the field's value. Templates write the field
 * with {@code <input type="hidden" name="form_token" value="{inject:formToken.value}">}.
 */
@RequestScoped
@Named("formToken")
public class FormToken {

    static final String COOKIE = "stemmen-form";
    static final String FIELD = "form_token";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private String value;

    public FormToken(RoutingContext routing) {
        this.routing = routing;
    }

    /** The browser's token, or a new one (128 random bits) set as its cookie with this response. */
    public String value() {
        if (value == null) {
            value = sent(routing);
            if (value == null) {
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure("https".equals(routing.request().scheme())));
            }
        }
        return value;
    }

    /** The token in the request's cookie, when it has a well-formed one. */
    static String sent(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie != null && VALID.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }
}

package nl.stemmen;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.stemmen.access.SignedIn;

/**
 * Behind a TLS proxy the response link people are asked to keep must be the https:// address they
 * used. By default the proxy says so with X-Forwarded-*; {@link StandardForwardedProxyTest} covers
 * the standard Forwarded header.
 */
@QuarkusTest
class ProxyTest {

    @Test
    void theLinkToKeepUsesTheSchemeAndHostFromXForwardedHeaders() {
        assertEquals("https://stemmen.example.nl/r/", linkToKeep(Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "stemmen.example.nl", "X-Forwarded-Port", "443")));
    }

    /**
     * Starts a response through the proxy, opens its "continue later" page (here, not at the
     * proxy's host), and returns the kept link up to the token.
     */
    static String linkToKeep(Map<String, String> proxyHeaders) {
        var started = SignedIn.asAdmin().headers(proxyHeaders).redirects().follow(false).get("/preview/thuis-in-de-stad?lang=nl");
        assertEquals(303, started.statusCode());
        String responsePath = URI.create(started.header("Location")).getPath();
        var later = given().headers(proxyHeaders).get(responsePath + "/later");
        assertEquals(200, later.statusCode());
        String link = Jsoup.parse(later.asString()).selectFirst(".resume a").attr("href");
        return link.substring(0, link.lastIndexOf('/') + 1);
    }
}

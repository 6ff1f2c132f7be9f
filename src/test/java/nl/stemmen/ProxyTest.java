package nl.stemmen;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
     * Starts a response through the proxy, follows the redirects to its first page (here, not to the
     * proxy's host), and returns the kept link up to the token.
     */
    static String linkToKeep(Map<String, String> proxyHeaders) {
        String path = "/preview/thuis-in-de-stad?lang=nl";
        var response = given().headers(proxyHeaders).redirects().follow(false).get(path);
        while (response.statusCode() == 303) {
            path = URI.create(response.header("Location")).getPath();
            response = given().headers(proxyHeaders).redirects().follow(false).get(path);
        }
        assertEquals(200, response.statusCode(), path);
        String link = Jsoup.parse(response.asString()).selectFirst(".resume a").attr("href");
        return link.substring(0, link.lastIndexOf('/') + 1);
    }
}

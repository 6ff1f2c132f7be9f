package nl.stemmen.respond;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Pages for cheap phones on bad connections: small, no scripts, nothing from elsewhere. */
@QuarkusTest
class PageBudgetTest {

    private static final int BUDGET = 15 * 1024;

    @ParameterizedTest
    @ValueSource(strings = { "nl", "en", "ar", "tr", "fa", "ti" })
    void everyPageOfTheDemoStaysWithinBudgetWithoutScriptsOrThirdParties(String language) throws IOException {
        RespondentSession s = RespondentSession.preview("thuis-in-de-stad", language);
        String stylesheet = s.page.selectFirst("link[rel=stylesheet]").attr("href");
        String css = given().get(stylesheet).then().statusCode(200).extract().asString();
        int largest = 0;
        for (int pages = 0; pages < 15 && s.path.contains("/p/"); pages++) {
            String html = s.page.outerHtml();
            largest = Math.max(largest, gzipped(html) + gzipped(css));
            assertTrue(s.page.select("script").isEmpty(), "no JavaScript");
            for (Element e : s.page.select("[src], [href]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(url.startsWith("http") && !url.startsWith(io.restassured.RestAssured.baseURI),
                        "no third-party request: " + url);
            }
            assertEquals(language.equals("ti"), html.contains("noto-sans-ethiopic"), "the Ethiopic font only where needed");
            s.next(requiredAnswers(s.pageName()));
        }
        assertTrue(largest <= BUDGET, "largest page with CSS is " + largest + " bytes compressed");
    }

    @Test
    void stemmenServesTheEthiopicFontItself() {
        byte[] font = given().get("/font/noto-sans-ethiopic-regular.woff2").then().statusCode(200).extract().asByteArray();
        assertEquals("wOF2", new String(font, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(font.length < 100 * 1024, "subset to the Ethiopic block: " + font.length + " bytes");
    }

    private static Object[] requiredAnswers(String page) {
        return switch (page) {
            case "over_u" -> new Object[] { "status", "asiel", "geslacht", "man", "leeftijd", "18_29" };
            case "uw_situatie" -> new Object[] { "situatie", java.util.List.of("betaald_werk", "vrijwilligerswerk", "taalles") };
            case "thuis" -> new Object[] { "toestemming_gezondheid", "ja" };
            default -> new Object[0];
        };
    }

    private static int gzipped(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}

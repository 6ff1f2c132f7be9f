package nl.stemmen.respond;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.stemmen.access.SignedIn;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * What respondents see of scripts, digits and direction: the Tigrinya name readable everywhere, Latin
 * terms keeping their order in Arabic, a stand-in Dutch text marked as Dutch, one digit system per page.
 */
@QuarkusTest
@TestProfile(WritingOnPagesTest.Schrift.class)
class WritingOnPagesTest {

    private static final String LRI = "\u2066", PDI = "\u2069";

    /** The questionnaire {@code schrift}: an incomplete Arabic and Farsi translation with Latin terms and digits. */
    public static class Schrift implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.questionnaires-dir", "src/test/resources/writing/questionnaires",
                    "stemmen.catalog.translations-dir", "src/test/resources/writing/translations");
        }
    }

    @Test
    void everyPageNamesTigrinyaWithATinyFontOfItsGlyphs() {
        Document choice = Jsoup.parse(SignedIn.asAdmin().get("/preview/schrift").then().statusCode(200).extract().asString());
        Document arabic = RespondentSession.preview("schrift", "ar").page;
        Document invalid = Jsoup.parse(given().get("/r/no-such-link").asString());
        for (Document page : new Document[] { choice, arabic, invalid }) {
            String style = page.select("style").html();
            Matcher face = Pattern.compile("font-family:\"Ethiopic Names\";src:url\\(([^)]+)\\) format\\(\"woff2\"\\);unicode-range:([^}]+)}")
                    .matcher(style);
            assertTrue(face.find(), "a font for the language names: " + style);
            assertFalse(page.select("[lang=ti]").isEmpty(), "names Tigrinya: " + page.text());
            // every Ge'ez character on the page, the choice's Tigrinya heading too
            for (int c : page.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ETHIOPIC).toArray()) {
                assertTrue(face.group(2).contains(String.format("U+%04X", c)), "unicode-range has " + Character.getName(c));
            }
            byte[] font = fontWithoutCompression(face.group(1));
            assertTrue(font.length < 2048, "a glyph or ten, not the 45 KB of the whole block: " + font.length);
            assertFalse(style.contains("noto-sans-ethiopic"), "the whole Ethiopic font only on Tigrinya pages");
        }
    }

    @Test
    void tigrinyaPagesHaveARegularAndABoldFontAtHashedAddresses() {
        Document page = RespondentSession.preview("schrift", "ti").page;
        String style = page.select("style").html();
        Matcher faces = Pattern.compile("font-family:\"Noto Sans Ethiopic\";(font-weight:700;)?src:url\\((/font/noto-sans-ethiopic-(regular|bold)\\.woff2\\?v=[0-9a-f]{8})\\)")
                .matcher(style);
        int found = 0;
        while (faces.find()) {
            assertEquals(faces.group(1) != null, faces.group(3).equals("bold"), "the bold face says its weight");
            assertTrue(fontWithoutCompression(faces.group(2)).length > 10_000);
            found++;
        }
        assertEquals(2, found, "regular and bold: " + style);
    }

    @Test
    void latinInsideArabicKeepsItsOrder() {
        RespondentSession s = RespondentSession.preview("schrift", "ar");
        assertEquals("مسار التعليم (" + LRI + "onderwijsroute" + PDI + "، " + LRI + "B1-entree" + PDI + ")",
                s.page.selectFirst("label[for=q-leerroute-onderwijs] span").text());
        assertEquals("مسار " + LRI + "B1" + PDI, s.page.selectFirst("label[for=q-leerroute-b1] span").text(),
                "digits in a Latin term stay Latin");
    }

    @Test
    void aDutchTextStandingInForAMissingTranslationIsMarkedDutch() {
        RespondentSession s = RespondentSession.preview("schrift", "ar");
        Element standIn = s.page.selectFirst("label[for=q-leeftijd] span[lang=nl]");
        assertNotNull(standIn, s.page.selectFirst("label[for=q-leeftijd]").outerHtml());
        assertEquals("ltr", standIn.attr("dir"));
        assertEquals("Hoe oud bent u?", standIn.text());
        assertNull(s.page.selectFirst("label[for=q-leerroute-onderwijs] [lang]"), "a translated text is not marked");
        assertNull(s.page.selectFirst("h1 [lang]"), "a translated title is not marked");
    }

    @Test
    void arabicPagesWriteEveryNumberInArabicIndicDigits() {
        RespondentSession s = RespondentSession.preview("schrift", "ar");
        assertEquals("مثلًا ١٦.", s.page.selectFirst("#q-leeftijd-hint").text(), "digits in questionnaire texts");
        assertTrue(s.page.selectFirst(".progress").text().matches(".*١.*٢.*"), s.page.selectFirst(".progress").text());
        assertTrue(s.page.selectFirst(".banner").text().contains("٣"), "the count of untranslated texts");

        s.next("leerroute", "b1", "leeftijd", "abc");
        assertEquals("يُرجى كتابة عدد كامل بدون كسور، مثلًا ١٢.", s.error("leeftijd"), "digits in Stemmen's own texts");
        s.next("leerroute", "b1", "leeftijd", "٢٠٠");
        assertEquals("يُرجى كتابة عمر بين ١٢ و٩٩.", s.error("leeftijd"), "digits in a constraint message");
        assertEquals("٢٠٠", s.page.selectFirst("#q-leeftijd").val(), "a typed value comes back as typed");
        s.next("leerroute", "b1", "leeftijd", "16");
        assertEquals(16, s.storedAnswers().get("leeftijd"));
        s.back();
        Element age = s.page.selectFirst("#q-leeftijd");
        assertEquals("١٦", age.val(), "a stored number in the page's digits");
        assertEquals("auto", age.attr("dir"));
    }

    @Test
    void farsiPagesWritePersianDigitsAndDutchPagesLatinOnes() {
        RespondentSession fa = RespondentSession.preview("schrift", "fa");
        assertEquals("برای مثال ۱۶.", fa.page.selectFirst("#q-leeftijd-hint").text());
        assertTrue(fa.page.selectFirst(".progress").text().contains("۱"), fa.page.selectFirst(".progress").text());
        fa.next("leerroute", "b1", "leeftijd", "16").back();
        assertEquals("۱۶", fa.page.selectFirst("#q-leeftijd").val());

        RespondentSession nl = RespondentSession.preview("schrift", "nl");
        nl.next("leerroute", "b1", "leeftijd", "١٦").back();
        assertEquals("16", nl.page.selectFirst("#q-leeftijd").val());
        assertEquals("Bijvoorbeeld 16.", nl.page.selectFirst("#q-leeftijd-hint").text());
    }

    @Test
    void theLanguageBoxSaysLanguageOnceInEnglishAndAlsoInEnglishElsewhere() {
        assertEquals("Language", RespondentSession.preview("schrift", "en").page.selectFirst(".langs legend").text());
        RespondentSession nl = RespondentSession.preview("schrift", "nl");
        assertEquals("Taal · Language", nl.page.selectFirst(".langs legend").text());
        assertEquals("en", nl.page.selectFirst(".langs legend span").attr("lang"));
    }

    @Test
    void smallThings() {
        Response favicon = given().get("/favicon.ico");
        assertEquals(200, favicon.statusCode(), "no 404 on every first visit");
        assertTrue(favicon.asByteArray().length < 1024);
        String stylesheet = Jsoup.parse(SignedIn.asAdmin().get("/preview/schrift").asString()).selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.matches("/static/stemmen\\.css\\?v=[0-9a-f]{8}"), stylesheet);
    }

    /** The font at that address, checking it is WOFF2, cached for good and not compressed a second time. */
    private static byte[] fontWithoutCompression(String address) {
        assertTrue(address.matches("/font/[a-z-]+\\.woff2\\?v=[0-9a-f]{8}"), "a content hash in " + address);
        Response font = given().header("Accept-Encoding", "gzip, br").get(address);
        assertEquals(200, font.statusCode(), address);
        assertEquals("font/woff2", font.contentType());
        String encoding = font.header("Content-Encoding");
        assertTrue(encoding == null || encoding.equals("identity"), "WOFF2 is compressed already: " + encoding);
        assertTrue(font.header("Cache-Control").contains("immutable"));
        byte[] bytes = font.asByteArray();
        assertEquals("wOF2", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        return bytes;
    }
}

package nl.stemmen.respond;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.stemmen.access.SignedIn;

/**
 * What a respondent does on the first pages of the demo questionnaire, over HTTP against the real
 * database: wrong input, coming back later, switching language, double submits, going back.
 */
@QuarkusTest
class RespondingTest {

    private static final String DEMO = "thuis-in-de-stad";

    @Test
    void invalidPageComesBackWithEveryTypedAnswerAndTheErrorsBesideTheQuestions() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        s.next("status", "asiel", "leeftijd", "30_39", "aankomstjaar", "1900", "geboorteland", "syrie");

        assertEquals(422, s.lastStatus);
        assertEquals("over_u", s.pageName());
        assertEquals("Beantwoord deze vraag.", s.error("geslacht"));
        assertEquals("Vul een jaar tussen 1950 en 2026 in.", s.error("aankomstjaar"));
        assertNull(s.error("status"));
        assertEquals(Map.of("status", List.of("asiel"), "leeftijd", List.of("30_39"), "aankomstjaar", List.of("1900"),
                "geboorteland", List.of("syrie")), s.prefilled());
        // announced: a summary in an alert region linking to the questions, the title says so, the field is marked invalid
        assertNotNull(s.page.selectFirst(".summary[role=alert] a[href=#q-geslacht]"));
        assertTrue(s.page.title().startsWith("Let op"), s.page.title());
        assertEquals("true", s.page.getElementById("q-aankomstjaar").attr("aria-invalid"));
        assertTrue(s.page.getElementById("q-aankomstjaar").attr("aria-describedby").contains("q-aankomstjaar-error"));
        assertTrue(s.storedAnswers().isEmpty(), "an invalid page stores nothing");

        s.next("status", "asiel", "geslacht", "vrouw", "leeftijd", "30_39", "aankomstjaar", "2021", "geboorteland", "syrie");
        assertEquals("uw_situatie", s.pageName());
    }

    @Test
    void errorsSpeakTheRespondentsLanguage() {
        RespondentSession s = RespondentSession.preview(DEMO, "ar");
        s.next("status", "asiel", "leeftijd", "30_39", "aankomstjaar", "1900");

        assertEquals(422, s.lastStatus);
        assertTrue(s.error("geslacht").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertTrue(s.error("aankomstjaar").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertEquals("rtl", s.page.selectFirst("html").attr("dir"));
    }

    @Test
    void numbersTypedInArabicOrPersianDigitsAreAccepted() {
        RespondentSession arabic = RespondentSession.preview(DEMO, "ar");
        arabic.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "aankomstjaar", "٢٠٢١");
        assertEquals("uw_situatie", arabic.pageName());
        assertEquals(2021, arabic.storedAnswers().get("aankomstjaar"));

        RespondentSession farsi = RespondentSession.preview(DEMO, "fa");
        farsi.next("status", "anders", "geslacht", "vrouw", "leeftijd", "40_49", "aankomstjaar", "۲۰۱۹");
        assertEquals(2019, farsi.storedAnswers().get("aankomstjaar"));
    }

    @Test
    void aQuestionThatDependsOnAnAnswerOnTheSamePageAppearsAfterSubmitWithAnswersKept() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        assertFalse(s.questions().contains("geboorteland_anders"));
        assertFalse(s.page.html().contains("geboorteland_anders"), "a question that does not apply is not in the HTML at all");

        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "geboorteland", "anders");
        assertEquals("over_u", s.pageName());
        assertEquals(200, s.lastStatus);
        assertTrue(s.questions().contains("geboorteland_anders"));
        assertNotNull(s.page.selectFirst(".added[role=status]"));
        assertEquals(List.of("#q-geboorteland_anders"), s.page.select(".added a").eachAttr("href"), "the notice leads to what is new");
        assertEquals(1, s.page.select(".new").size(), "only the new question is marked");
        assertNotNull(s.page.selectFirst(".new #q-geboorteland_anders"));
        assertEquals(List.of("anders"), s.prefilled().get("geboorteland"));

        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "geboorteland", "anders",
                "geboorteland_anders", "Soedan");
        assertEquals("uw_situatie", s.pageName());
        assertEquals("Soedan", s.storedAnswers().get("geboorteland_anders"));
    }

    @Test
    void aRespondentWhoComesBackDaysLaterContinuesWhereTheyStopped() {
        RespondentSession first = RespondentSession.preview(DEMO, "tr");
        first.next("status", "gezinsmigrant", "geslacht", "vrouw", "leeftijd", "30_39");
        assertEquals("uw_situatie", first.pageName());

        // a new visit: no cookies, nothing but the link
        RespondentSession later = RespondentSession.preview(DEMO, "tr");
        later.go("/r/" + first.token);
        assertEquals("uw_situatie", later.pageName());
        assertEquals("tr", later.page.selectFirst("html").attr("lang"));

        first.back();
        assertEquals("over_u", first.pageName());
        assertEquals(List.of("gezinsmigrant"), first.prefilled().get("status"));
        assertEquals(List.of("vrouw"), first.prefilled().get("geslacht"));
    }

    @Test
    void switchingLanguageKeepsWhatWasTypedEvenBeforeNext() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        s.switchLanguage("ar", "status", "asiel", "aankomstjaar", "2020");

        assertEquals("over_u", s.pageName());
        assertEquals("ar", s.page.selectFirst("html").attr("lang"));
        assertEquals("rtl", s.page.selectFirst("html").attr("dir"));
        assertEquals(List.of("asiel"), s.prefilled().get("status"));
        assertEquals(List.of("٢٠٢٠"), s.prefilled().get("aankomstjaar"), "the stored number in Arabic digits");
        assertEquals("ar", s.stored().getString("language"));

        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "aankomstjaar", "2020");
        s.switchLanguage("ti");
        assertEquals("uw_situatie", s.pageName());
        assertEquals("ti", s.page.selectFirst("html").attr("lang"));
        assertEquals("ltr", s.page.selectFirst("html").attr("dir"));
        assertEquals(2020, s.storedAnswers().get("aankomstjaar"));
    }

    @Test
    void submittingThePageTwiceNeitherDuplicatesNorLosesAnything() throws Exception {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        Map<String, List<String>> form = s.form("_action", "next", "status", "asiel", "geslacht", "man",
                "leeftijd", "18_29", "aankomstjaar", "2020");

        assertEquals(303, s.post(form).statusCode());
        Map<String, Object> once = s.storedAnswers();
        assertEquals(303, s.post(form).statusCode(), "a retried submit lands on the same page again");
        assertEquals(once, s.storedAnswers());
        assertEquals(s.stored().getList("answers").size(), s.storedAnswers().size(), "one row per answer");

        // a double tap: both requests at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> taps = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return s.post(form).statusCode();
        }, pool)).toList();
        go.countDown();
        for (CompletableFuture<Integer> tap : taps) {
            assertEquals(303, tap.get());
        }
        pool.shutdown();
        assertEquals(once, s.storedAnswers());
        s.open();
        assertEquals("uw_situatie", s.pageName());
    }

    @Test
    void changingAnEarlierAnswerClearsTheAnswersItMadeVoid() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29");
        s.next("situatie", "anders");
        assertTrue(s.questions().contains("situatie_anders"));
        s.next("situatie", "anders", "situatie_anders", "Ik zorg voor mijn moeder");
        assertEquals("taal", s.pageName());
        assertEquals("Ik zorg voor mijn moeder", s.storedAnswers().get("situatie_anders"));

        s.back();
        assertEquals("uw_situatie", s.pageName());
        s.next("situatie", "geen_inkomen");
        assertFalse(s.storedAnswers().containsKey("situatie_anders"), "the follow-up no longer applies");
        assertEquals(List.of("geen_inkomen"), s.storedAnswers().get("situatie"));
    }

    @Test
    void anAnswerTogetherWithIDontUnderstandIsAskedAboutNotSilentlyDropped() {
        RespondentSession s = RespondentSession.preview(DEMO, "ar");
        s.next("status", "asiel", "geslacht", "vrouw", "leeftijd", "18_29");
        s.next("situatie", List.of("taalles", "betaald_werk", "_dont_understand"));

        assertEquals(422, s.lastStatus);
        assertEquals("uw_situatie", s.pageName());
        assertEquals(Set.of("taalles", "betaald_werk", "_dont_understand"), Set.copyOf(s.prefilled().get("situatie")),
                "all ticks kept");
        assertTrue(s.error("situatie").contains("لا أفهم السؤال"), s.error("situatie"));
        assertFalse(s.storedAnswers().containsKey("situatie"));
    }

    @Test
    void iDontUnderstandIsStoredApartAndCountsAsAnAnswer() {
        RespondentSession s = RespondentSession.preview(DEMO, "en");
        s.next("status", "_dont_understand", "geslacht", "vrouw", "leeftijd", "18_29");
        assertEquals("uw_situatie", s.pageName());
        Map<String, Object> stored = s.storedAnswers();
        assertEquals("dont_understand", stored.get("status"));
        assertEquals("unanswered", stored.get("geboorteland"), "shown and left empty");
        assertFalse(stored.containsKey("geboorteland_anders"), "never shown: no row at all");
    }

    @Test
    void aFinishedResponseStaysFinished() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        String firstAction = s.page.selectFirst("form").attr("action");
        Map<String, List<String>> firstPage = s.form("_action", "next", "status", "asiel", "geslacht", "man", "leeftijd", "18_29");
        s.post(firstAction, firstPage);
        // answer only what is required until the end
        s.open();
        for (int pages = 0; pages < 15 && s.path.contains("/p/"); pages++) {
            switch (s.pageName()) {
                case "uw_situatie" -> s.next("situatie", "geen_inkomen");
                case "thuis" -> s.next("toestemming_gezondheid", "nee");
                default -> s.next();
            }
        }
        assertTrue(s.path.endsWith("/done"), s.path);
        assertEquals("completed", s.stored().getString("status"));
        assertNotNull(s.page.selectFirst("h1"));

        Map<String, Object> before = s.storedAnswers();
        assertEquals(303, s.post(firstAction, firstPage).statusCode());
        assertEquals(before, s.storedAnswers(), "a completed response takes no more changes");
        s.open();
        assertTrue(s.path.endsWith("/done"));
    }

    @Test
    void aLongAnswerInArabicScriptIsSavedWhole() {
        RespondentSession s = RespondentSession.preview(DEMO, "ar");
        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "geboorteland", "anders");
        String long_ = "بلد بعيد جدًا ".repeat(140).strip(); // ~1900 characters, ~3.5 KB in UTF-8
        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "geboorteland", "anders",
                "geboorteland_anders", long_);
        assertEquals("uw_situatie", s.pageName());
        assertEquals(long_, s.storedAnswers().get("geboorteland_anders"));
    }

    @Test
    void pagesKeepTheLinkToThemselvesAndOutOfCaches() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        var page = given().get(s.path).then().statusCode(200).extract();
        assertEquals("no-referrer", page.header("Referrer-Policy"), "the link is the respondent's key");
        assertEquals("no-store", page.header("Cache-Control"), "a shared phone must not show someone's answers");
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
    }

    @Test
    void aWrongLinkExplainsWhatToDoInThePhonesLanguage() {
        Document dutch = Jsoup.parse(given().get("/r/not-a-real-link").then().statusCode(404).extract().asString());
        assertEquals("nl", dutch.selectFirst("html").attr("lang"));
        assertTrue(dutch.text().contains("brief"));

        Document arabic = Jsoup.parse(given().header("Accept-Language", "ar-SY,ar;q=0.9,en;q=0.5")
                .get("/r/not-a-real-link").then().statusCode(404).extract().asString());
        assertEquals("ar", arabic.selectFirst("html").attr("lang"));
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"));

        Document tigrinya = Jsoup.parse(given().get("/r/not-a-real-link?lang=ti").then().statusCode(404).extract().asString());
        assertEquals("ti", tigrinya.selectFirst("html").attr("lang"));
        assertNotEquals(dutch.selectFirst("h1").text(), tigrinya.selectFirst("h1").text());
        // and it offers the other languages
        assertEquals(5, tigrinya.select("ul.other a[lang]").size());

        SignedIn.asAdmin().get("/preview/no-such-questionnaire").then().statusCode(404);
    }

    @Test
    void theStartPageOffersEveryLanguageInItsOwnScript() {
        Document start = Jsoup.parse(SignedIn.asAdmin().get("/preview/" + DEMO).then().statusCode(200).extract().asString());
        Map<String, String> names = new java.util.LinkedHashMap<>();
        start.select(".choose a[lang]").forEach(a -> names.put(a.attr("lang"), a.text()));
        assertEquals(Map.of("nl", "Nederlands", "en", "English", "ar", "العربية", "tr", "Türkçe", "fa", "فارسی",
                "ti", "ትግርኛ"), names);
        assertEquals("rtl", start.selectFirst("a[lang=ar]").attr("dir"));
        assertEquals("rtl", start.selectFirst("a[lang=fa]").attr("dir"));

        // one who reads only their own language knows what to do: the heading asks in each, Dutch first
        assertEquals(List.of("nl ltr Kies uw taal", "en ltr Choose your language", "ar rtl يُرجى اختيار لغتك",
                "tr ltr Dilinizi seçin", "fa rtl زبان خود را انتخاب کنید", "ti ltr ቋንቋኹም ምረጹ"),
                start.select("h1 > [lang]").stream().map(e -> e.attr("lang") + " " + e.attr("dir") + " " + e.text()).toList());
        assertEquals(1, start.select("h1").size());
    }
}

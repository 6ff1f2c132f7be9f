package nl.stemmen.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Leaving a page other than by Next: switching language or going Back saves what is valid and
 * never silently drops what was typed wrongly; it comes back with its problem, in the new language.
 */
@QuarkusTest
class LeavingAPageTest {

    private static final String DEMO = "thuis-in-de-stad";

    @Test
    void aWordWhereANumberBelongsComesBackInTheNewLanguageWithItsProblem() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        s.switchLanguage("en", "status", "asiel", "aankomstjaar", "twintig");

        assertEquals(422, s.lastStatus);
        assertEquals("en", s.page.selectFirst("html").attr("lang"));
        assertEquals(List.of("twintig"), s.prefilled().get("aankomstjaar"));
        assertEquals(List.of("asiel"), s.prefilled().get("status"));
        assertTrue(s.error("aankomstjaar") != null && s.error("aankomstjaar").matches(".*[Ww]hole number.*"),
                "the problem is shown in English: " + s.error("aankomstjaar"));
        // what was valid is saved, and the language is switched for good
        assertEquals("asiel", s.storedAnswers().get("status"));
        assertEquals("en", s.stored().getString("language"));
        // a required question left empty is no problem when only switching language
        assertNull(s.error("geslacht"));
    }

    @Test
    void aNumberOutsideTheConstraintDoesNotSilentlyRevertToTheStoredOne() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "aankomstjaar", "2016");
        s.back();
        assertEquals(List.of("2016"), s.prefilled().get("aankomstjaar"));

        s.switchLanguage("ar", "status", "asiel", "geslacht", "man", "leeftijd", "18_29", "aankomstjaar", "1900");

        assertEquals("ar", s.page.selectFirst("html").attr("lang"));
        assertEquals(List.of("1900"), s.prefilled().get("aankomstjaar"), "what was typed, not the stored 2016");
        assertTrue(s.error("aankomstjaar") != null, "the constraint message is shown");
        assertEquals(2016, s.storedAnswers().get("aankomstjaar"), "the stored answer stays until a valid one replaces it");
    }

    @Test
    void continueLaterFromAnyPageSavesThePageAndGivesTheWholeLinkToKeep() {
        RespondentSession s = RespondentSession.preview(DEMO, "fa");
        s.next("status", "asiel", "geslacht", "vrouw", "leeftijd", "30_39");
        assertEquals("uw_situatie", s.pageName());
        // reachable from the top of the page, at no cost but a link to the button in the form
        assertNotNull(s.page.selectFirst("header a[href=#later]"));
        assertEquals("later", s.page.selectFirst("form button#later").val());

        s.submit("_action", "later", "situatie", "taalles");

        assertTrue(s.path.endsWith("/r/" + s.token + "/later"), s.path);
        assertEquals("fa", s.page.selectFirst("html").attr("lang"));
        String kept = s.page.selectFirst(".resume a").attr("href");
        assertTrue(kept.startsWith("http") && kept.endsWith("/r/" + s.token), "the whole link: " + kept);
        assertEquals(List.of("taalles"), s.storedAnswers().get("situatie"), "the page was saved");

        s.go(s.page.selectFirst("a.go-on").attr("href"));
        assertEquals("uw_situatie", s.pageName());
        assertEquals(List.of("taalles"), s.prefilled().get("situatie"));
    }

    @Test
    void aPageAnsweredBeforeCanBeSentAgainAfterGoingBackFromAnOldTabOrTheForwardButton() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "aankomstjaar", "2016");
        s.next("situatie", "taalles", "inburgering_klaar", "ja");
        assertTrue(s.path.endsWith("/added"), "zoekt_werk joins the page: " + s.path);
        var oldTab = s.page.selectFirst("form").attr("action");
        var oldForm = s.form("_action", "next", "situatie", "opleiding", "zoekt_werk", "nee", "inburgering_klaar", "nee");
        s.next("situatie", "taalles", "zoekt_werk", "ja", "inburgering_klaar", "ja");
        assertEquals("taal", s.pageName());
        s.back();
        s.back();
        assertEquals("over_u", s.pageName());

        // the Forward button shows the page answered before
        s.go(oldTab);
        assertEquals(200, s.lastStatus);
        assertEquals("uw_situatie", s.pageName());
        // and an old tab's form is saved, not dropped
        var sent = s.post(oldTab, oldForm);
        assertEquals(303, sent.statusCode());
        assertTrue(sent.header("Location").contains("/p/taal"), sent.header("Location"));
        assertEquals(List.of("opleiding"), s.storedAnswers().get("situatie"));
        assertEquals("nee", s.storedAnswers().get("inburgering_klaar"));
    }

    @Test
    void aPageNeverAnsweredStaysOutOfReach() {
        RespondentSession s = RespondentSession.preview(DEMO, "nl");
        String ahead = s.path.replace("/p/over_u", "/p/taal");
        s.go(ahead);
        assertEquals("over_u", s.pageName(), "sent back to where the respondent is");
    }

    @Test
    void backWithSomethingTypedWronglyStaysToShowItAndBackAgainAfterCorrectingLeaves() {
        RespondentSession s = RespondentSession.preview(DEMO, "tr");
        s.next("status", "asiel", "geslacht", "man", "leeftijd", "18_29", "aankomstjaar", "2016");
        assertEquals("uw_situatie", s.pageName());

        s.submit("_action", "back", "situatie", "taalles", "inburgering_start", "32-13-2020");
        assertEquals(422, s.lastStatus);
        assertEquals(List.of("32-13-2020"), s.prefilled().get("inburgering_start"));
        assertTrue(s.error("inburgering_start") != null);
        assertEquals(List.of("taalles"), s.prefilled().get("situatie"));

        s.submit("_action", "back", "situatie", "taalles", "inburgering_start", "");
        assertEquals("over_u", s.pageName());
        assertEquals(List.of("taalles"), s.storedAnswers().get("situatie"));
    }
}

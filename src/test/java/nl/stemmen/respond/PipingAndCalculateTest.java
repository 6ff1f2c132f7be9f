package nl.stemmen.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import nl.stemmen.access.SignedIn;

/**
 * Answers shown inside texts (${name}) and calculates, on the respondent pages over HTTP: every kind of answer in
 * the page's language (choice labels translated and listed, numbers in the page's digits, dates written out), a
 * typed {@code <script>} shown as text and escaped once, calculates never shown, and a translation that shows a
 * later answer refused with its line. The questionnaire is src/test/resources/piping/questionnaires/pijp.yaml.
 */
@QuarkusTest
@TestProfile(PipingAndCalculateTest.Pijp.class)
public class PipingAndCalculateTest {

    private static final String NAME = "<script>alert('x')</script> & Co";

    /** The questionnaire {@code pijp} and its Arabic translation. */
    public static class Pijp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.questionnaires-dir", "src/test/resources/piping/questionnaires",
                    "stemmen.catalog.translations-dir", "src/test/resources/piping/translations");
        }
    }

    @Test
    void aDutchPageShowsEarlierAnswersAsTheRespondentGaveThem() {
        RespondentSession session = RespondentSession.preview("pijp", "nl");
        assertEquals(List.of("naam", "bijnaam", "geboren", "kinderen", "vervoer", "land"), session.questions(),
                "calculates are never shown");
        assertTrue(session.page.select("[name=dubbel], [name=groet]").isEmpty());

        session.next("naam", NAME, "geboren", "28-02-2000", "kinderen", "1,5", "vervoer", List.of("bus", "fiets"), "land", "nl");
        assertEquals("daarna", session.pageName());
        assertEquals("Over " + NAME, session.page.selectFirst("h1").text());
        assertEquals(NAME + ", u reist met Fiets en Bus en woont in Nederland. Klopt dat?",
                session.page.selectFirst("#q-controle legend, #q-controle-label, fieldset legend").text());
        String html = session.page.outerHtml();
        assertTrue(session.page.text().contains("Geboren op 28 februari 2000, 1,5 kinderen, dubbel 3, dag erna 29 februari 2000,"
                + " bijnaam []."), session.page.text());
        assertTrue(session.page.text().contains("Ja, " + NAME), "a choice label shows the answer too");
        assertTrue(session.page.select("script").isEmpty(), "typed markup is text, never markup");
        String raw = SignedIn.asAdmin().get(session.path).then().statusCode(200).extract().asString();
        assertTrue(raw.contains("Over &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"), "escaped once: " + html);
        assertFalse(raw.contains("&amp;lt;") || raw.contains("&amp;amp;"), "never twice");

        session.next("controle", "ja", "dagen", "9");
        assertTrue(session.page.text().contains("Een week heeft 7 dagen, " + NAME + "."), "constraint_message shows the answer");
        session.next("controle", "ja", "dagen", "3");
        assertTrue(session.path().endsWith("/done"), session.path());
        assertTrue(session.page.text().contains("Dank u wel, " + NAME + "!"), session.page.text());
    }

    @Test
    void anArabicPageShowsLabelsListsDigitsAndDatesInArabic() {
        RespondentSession session = RespondentSession.preview("pijp", "ar");
        assertEquals("Waar woont u?", session.page.selectFirst("#q-land legend, fieldset:has(input[name=land]) legend").text(),
                "the translation that shows a later answer is refused: the Dutch text stands in");
        session.next("naam", "Amal", "geboren", "2000-02-28", "kinderen", "٢", "vervoer", List.of("fiets", "trein"), "land", "nl");
        String text = session.page.text();
        assertTrue(text.contains("تسافر بـالدراجة والقطار وتسكن في هولندا"), text);
        assertTrue(text.contains("Amal"), text);
        assertTrue(text.contains("٢٠٠٠") && text.contains("فبراير") && text.contains("٢٨"), "the date written out in Arabic: " + text);
        assertTrue(text.contains("٢ أطفال، ضعف ٤."), "numbers in Arabic digits: " + text);
        assertFalse(text.matches(".*\\$\\{.*"), "no reference left: " + text);
    }

    @Test
    void calculatesAreStoredTypedAndCannotBeSentByTheRespondent() {
        RespondentSession session = RespondentSession.preview("pijp", "nl");
        Map<String, List<String>> form = session.form("_action", "next", "naam", "Piet", "geboren", "2000-02-28",
                "kinderen", "2", "land", "be", "dubbel", "99", "groet", "gehackt");
        form.put("_shown", List.of(String.join(" ", session.questions()) + " dubbel groet"));
        session.post(form).then().statusCode(303);
        List<Map<String, Object>> rows = session.stored().getList("answers");
        Map<String, Map<String, Object>> byVariable = new HashMap<>();
        rows.forEach(row -> byVariable.put((String) row.get("variable"), row));
        assertEquals("calculate", byVariable.get("dubbel").get("type"));
        assertEquals(4, ((Number) byVariable.get("dubbel").get("number")).intValue(), "computed, not the 99 sent");
        assertEquals("Hoi Piet", byVariable.get("groet").get("text"));
        assertEquals("België", byVariable.get("landnaam").get("text"));
        assertEquals("2000-02-29", byVariable.get("dag_erna").get("date"));
    }

    @Test
    void aTranslationShowingALaterAnswerIsListedWithItsFileAndLine() {
        JsonPath catalog = SignedIn.asAdmin().get("/api/questionnaires").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> refused = catalog.getList("refused");
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).get("file").toString().endsWith("pijp/ar.po"), refused.toString());
        assertEquals(26, refused.get(0).get("line"));
        assertEquals("the translation of 'eerst.land.label' shows ${groet}, which is not answered before this text (line 33);"
                + " a text can only show answers to earlier questions", refused.get(0).get("reason"));
    }
}

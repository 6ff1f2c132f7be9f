package nl.stemmen.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.RespondentSession;

/**
 * A workbook as people write one in Kobo's form builder (field-list groups, label::Nederlands (nl), a choices sheet
 * with a column for the cascade), using calculate, a choice_filter cascade, or_other, a range and a matrix whose
 * statements have a relevant: published with POST /api/questionnaires and answered through the respondent pages.
 */
@QuarkusTest
class KoboWorkbookTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static byte[] workbook() {
        return new Workbooks()
                .sheet("survey", "type", "name", "label::Nederlands (nl)", "required", "calculation", "choice_filter",
                        "parameters", "appearance", "rows")
                .row("begin_group", "over_u", "Over u", "", "", "", "", "field-list", "")
                .row("select_one provincie", "provincie", "In welke provincie woont u?", "yes", "", "", "", "", "")
                .row("select_multiple activiteit or_other", "activiteiten", "Waar doet u aan mee?", "yes", "", "", "", "", "")
                .row("integer", "geboortejaar", "In welk jaar bent u geboren?", "yes", "", "", "", "", "")
                .row("calculate", "leeftijd", "", "", "2026 - ${geboortejaar}", "", "", "", "")
                .row("end_group", "", "", "", "", "", "", "", "")
                .row("begin_group", "buurt", "Uw buurt", "", "", "", "", "field-list", "")
                .row("note", "uitleg", "U bent dit jaar ${leeftijd} geworden.", "", "", "", "", "", "")
                .row("select_one gemeente", "gemeente", "In welke gemeente?", "yes", "", "provincie = ${provincie}", "", "", "")
                .row("range", "tevreden", "Hoe tevreden bent u?", "yes", "", "", "start=0 end=10 step=2", "", "")
                .row("matrix oordeel", "oordeel", "Wat vindt u van", "", "", "", "", "", "oordeel_rows")
                .row("end_group", "", "", "", "", "", "", "", "")
                .sheet("choices", "list_name", "name", "label::Nederlands (nl)", "provincie", "relevant")
                .row("provincie", "utrecht", "Utrecht", "", "")
                .row("provincie", "limburg", "Limburg", "", "")
                .row("gemeente", "amersfoort", "Amersfoort", "utrecht", "")
                .row("gemeente", "utrecht_stad", "Utrecht (stad)", "utrecht", "")
                .row("gemeente", "maastricht", "Maastricht", "limburg", "")
                .row("gemeente", "heerlen", "Heerlen", "limburg", "")
                .row("activiteit", "sport", "Sport", "", "")
                .row("activiteit", "taal", "Taalcafé", "", "")
                .row("oordeel", "goed", "Goed", "", "")
                .row("oordeel", "slecht", "Slecht", "", "")
                .row("oordeel_rows", "sport", "De sportclub", "", "selected(${activiteiten}, 'sport')")
                .row("oordeel_rows", "taal", "Het taalcafé", "", "selected(${activiteiten}, 'taal')")
                .sheet("settings", "form_id", "form_title", "version", "default_language")
                .row("buurt-kobo", "Mijn buurt", "1", "Nederlands (nl)")
                .xlsx();
    }

    @Test
    void aKoboWorkbookIsPublishedAndAnsweredWithItsCascadeCalculationOtherRangeAndRows() {
        SignedIn.asAdmin().contentType(XLSX).body(workbook()).post("/api/questionnaires").then()
                .statusCode(Matchers.oneOf(200, 201)).body("id", Matchers.equalTo("buurt-kobo"));

        RespondentSession session = RespondentSession.preview("buurt-kobo", "nl");
        assertEquals(List.of("sport", "taal", "other"), session.offered("activiteiten"), "or_other adds the option other");
        session.next("provincie", "limburg", "activiteiten", List.of("taal", "other"), "geboortejaar", "1990");
        assertEquals("over_u", session.pageName(), "'Other' chosen without saying what: the page comes back");
        session.next("provincie", "limburg", "activiteiten", List.of("taal", "other"), "activiteiten_other", "Schaken",
                "geboortejaar", "1990");

        assertEquals("buurt", session.pageName());
        assertEquals(List.of("maastricht", "heerlen"), session.offered("gemeente"), "only Limburg's municipalities");
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), session.offered("tevreden"));
        assertEquals(List.of("goed", "slecht"), session.offered("oordeel_taal"));
        assertEquals(List.of(), session.offered("oordeel_sport"), "sport was not ticked: its statement is not asked");
        assertTrue(session.text().contains("U bent dit jaar 36 geworden."), session.text());

        session.next("gemeente", "amersfoort", "tevreden", "8", "oordeel_taal", "goed");
        assertEquals("buurt", session.pageName(), "a municipality the cascade leaves out is refused");
        session.next("gemeente", "maastricht", "tevreden", "8", "oordeel_taal", "goed");
        assertTrue(session.path().endsWith("/done"), session.path());

        Map<String, Object> answers = session.storedAnswers();
        assertEquals(36, ((Number) answers.get("leeftijd")).intValue(), answers.toString());
        assertEquals("Schaken", answers.get("activiteiten_other"));
        assertEquals(List.of("taal", "other"), answers.get("activiteiten"));
        assertEquals("maastricht", answers.get("gemeente"));
        assertEquals(8, ((Number) answers.get("tevreden")).intValue());
        assertEquals("goed", answers.get("oordeel_taal"));
        assertFalse("goed".equals(answers.get("oordeel_sport")), answers.toString());
    }
}

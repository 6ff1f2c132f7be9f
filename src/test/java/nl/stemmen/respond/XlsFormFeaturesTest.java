package nl.stemmen.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.study.StudyFixture;

/**
 * The XLSForm features real forms use, over HTTP on the respondent pages and in the export, on the
 * questionnaire {@code src/test/resources/xlsform}: choice_filter, a matrix row's relevant, exclusive
 * options, "Other, namely" (or_other), range, choice names such as 60+ and emoji labels.
 */
@QuarkusTest
@TestProfile(XlsFormFeaturesTest.Keuzes.class)
class XlsFormFeaturesTest {

    public static class Keuzes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.questionnaires-dir", "src/test/resources/xlsform/questionnaires",
                    "stemmen.catalog.translations-dir", "src/test/resources/xlsform/translations");
        }
    }

    private static RespondentSession start() {
        return RespondentSession.preview("keuzes", "nl");
    }

    private static List<String> options(RespondentSession s, String name) {
        return s.page.select("form input[name=" + name + "]").stream().map(Element::val).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // choice_filter
    // ---------------------------------------------------------------------------------------------

    @Test
    void aChoiceFilterOffersOnlyTheProvincesOfTheCountryAndTheActivitiesChosenBefore() {
        RespondentSession s = start();
        s.next("land", "nl", "deelgenomen", List.of("taalcafe", "koken"));
        assertEquals("daarna", s.pageName());
        assertEquals(List.of("utrecht", "limburg-nl"), options(s, "provincie"), "land = ${land}: a column of the choice");
        assertEquals(List.of("taalcafe", "koken"), options(s, "favoriet"), "selected(${deelgenomen}, name)");
    }

    @Test
    void aChoiceThatTheFilterLeavesOutIsRefusedWhenSentAnyway() {
        RespondentSession s = start();
        s.next("land", "nl");
        s.next("provincie", "antwerpen");
        assertEquals(422, s.lastStatus, "a province of another country is no choice here");
        assertEquals("Kies een van de antwoorden.", s.error("provincie"));
        assertFalse(s.storedAnswers().containsKey("provincie"));
        s.next("provincie", "utrecht");
        assertEquals("hulp_p", s.pageName());
        assertEquals("utrecht", s.storedAnswers().get("provincie"));
    }

    @Test
    void whenTheFilterLeavesNoChoiceTheQuestionIsNotAsked() {
        RespondentSession s = start();
        s.next("land", "anders");
        assertEquals("hulp_p", s.pageName(), "no province, no activity: the whole page has nothing to ask");
        assertFalse(s.storedAnswers().containsKey("provincie"));
    }

    @Test
    void aChangedEarlierAnswerClearsAChoiceTheFilterNoLongerOffers() {
        RespondentSession s = start();
        s.next("land", "nl");
        s.next("provincie", "utrecht");
        s.open().go("/r/" + s.token + "/p/eerst");
        s.next("land", "be");
        assertEquals("daarna", s.pageName());
        assertEquals(List.of("antwerpen"), options(s, "provincie"));
        assertFalse(s.storedAnswers().containsKey("provincie"), "Utrecht is not in Belgium");
    }

    // ---------------------------------------------------------------------------------------------
    // a matrix row's relevant
    // ---------------------------------------------------------------------------------------------

    @Test
    void aMatrixAsksOnlyTheRowsThatApply() {
        RespondentSession s = start();
        s.next("land", "anders", "deelgenomen", List.of("taalcafe"));
        assertEquals("daarna", s.pageName());
        assertTrue(s.inputNames().contains("oordeel_taalcafe"));
        assertFalse(s.inputNames().contains("oordeel_sport"), "no sport, no statement on sport");
        s.next("favoriet", "taalcafe", "oordeel_taalcafe", "goed", "oordeel_sport", "slecht");
        assertEquals("hulp_p", s.pageName());
        Map<String, Object> stored = s.storedAnswers();
        assertEquals("goed", stored.get("oordeel_taalcafe"));
        assertFalse(stored.containsKey("oordeel_sport"), "a row not asked is not stored, even when sent");
    }

    // ---------------------------------------------------------------------------------------------
    // exclusive options, or_other
    // ---------------------------------------------------------------------------------------------

    private static RespondentSession toHelp() {
        RespondentSession s = start();
        s.next("land", "anders");
        assertEquals("hulp_p", s.pageName());
        return s;
    }

    @Test
    void anExclusiveOptionWithAnotherIsRefusedWithEverythingTickedKept() {
        RespondentSession s = toHelp();
        s.next("hulp", List.of("familie", "niemand"), "werk", "school");
        assertEquals(422, s.lastStatus);
        assertEquals("‘Niemand’ gaat niet samen met een ander antwoord. Kies alleen ‘Niemand’, of haal daar het vinkje weg.",
                s.error("hulp"));
        assertEquals(List.of("familie", "niemand"), s.prefilled().get("hulp"));
        assertEquals(List.of("school"), s.prefilled().get("werk"));
        assertFalse(s.storedAnswers().containsKey("hulp"));

        s.switchLanguage("ar", "hulp", List.of("familie", "niemand"), "werk", "school");
        assertTrue(s.error("hulp").startsWith("لا يمكن الجمع بين") && s.error("hulp").contains("Niemand"), s.error("hulp"));
        assertEquals(List.of("familie", "niemand"), s.prefilled().get("hulp"));

        s.next("hulp", List.of("niemand"), "werk", "school");
        assertEquals("cijfers", s.pageName());
        assertEquals(List.of("niemand"), s.storedAnswers().get("hulp"));
    }

    @Test
    void otherNamelyAsksForTheTextOnlyWhenOtherIsChosen() {
        RespondentSession s = toHelp();
        assertEquals("Anders, namelijk", s.page.selectFirst("label[for=q-werk-other]").text());
        assertTrue(s.inputNames().contains("werk_other"), "the text field is there from the start, without JavaScript");
        s.next("hulp", List.of("familie"), "werk", "other");
        assertEquals(422, s.lastStatus);
        assertEquals("U koos ‘Anders’. Schrijf op wat u bedoelt.", s.error("werk_other"));

        s.next("hulp", List.of("familie", "other"), "hulp_other", "De buurvrouw", "werk", "other", "werk_other", "Vrijwilliger");
        assertEquals("cijfers", s.pageName());
        Map<String, Object> stored = s.storedAnswers();
        assertEquals("other", stored.get("werk"));
        assertEquals("Vrijwilliger", stored.get("werk_other"));
        assertEquals(List.of("familie", "other"), stored.get("hulp"));
        assertEquals("De buurvrouw", stored.get("hulp_other"));

        s.back();
        assertEquals(List.of("Vrijwilliger"), s.prefilled().get("werk_other"));
        s.next("hulp", List.of("familie"), "hulp_other", "De buurvrouw", "werk", "school", "werk_other", "Vrijwilliger");
        assertEquals("cijfers", s.pageName());
        stored = s.storedAnswers();
        assertFalse(stored.containsKey("werk_other"), "not other: the text is cleared");
        assertFalse(stored.containsKey("hulp_other"));
    }

    // ---------------------------------------------------------------------------------------------
    // range, choice names, emoji
    // ---------------------------------------------------------------------------------------------

    private static RespondentSession toNumbers(String language) {
        RespondentSession s = RespondentSession.preview("keuzes", language);
        s.next("land", "anders");
        s.next("hulp", List.of("niemand"), "werk", "school");
        assertEquals("cijfers", s.pageName());
        return s;
    }

    @Test
    void aRangeIsARowOfNumbersStoredAsANumberWithRequiredAndConstraint() {
        RespondentSession s = toNumbers("nl");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), options(s, "cijfer"));
        assertEquals(11, s.page.select("fieldset#q-cijfer .scale input[type=radio]").size());
        s.next("leeftijd", "18-30");
        assertEquals(422, s.lastStatus);
        assertEquals("Beantwoord deze vraag.", s.error("cijfer"), "required");
        s.next("cijfer", "0", "leeftijd", "18-30");
        assertEquals("Een 0 geven we niet; kies 1 of hoger.", s.error("cijfer"), "the constraint");
        s.next("cijfer", "11", "leeftijd", "18-30");
        assertEquals("Kies een van de antwoorden.", s.error("cijfer"), "not on the scale");
        s.next("cijfer", "7", "leeftijd", "18-30");
        assertEquals("/r/" + s.token + "/done", s.path(), "18-30 without other help: nothing more to ask");
        assertEquals(7, ((Number) s.storedAnswers().get("cijfer")).intValue());
    }

    @Test
    void onAnArabicPageTheRangeShowsArabicDigitsAndSendsPlainNumbers() {
        RespondentSession s = toNumbers("ar");
        assertEquals("rtl", s.page.selectFirst("html").attr("dir"));
        Element seven = s.page.selectFirst("label[for=q-cijfer-7]");
        assertEquals("٧", seven.text());
        assertEquals("7", s.page.getElementById("q-cijfer-7").val());
    }

    @Test
    void choiceNamesWithPlusAndMinusWorkInFormsAndExpressionsAndEmojiLabelsShow() {
        RespondentSession s = toNumbers("nl");
        assertEquals("60 of ouder", s.page.selectFirst("label[for=q-leeftijd-60+]").text());
        assertEquals("🙂", s.page.selectFirst("label[for=q-gevoel-3]").text());
        s.next("cijfer", "8", "leeftijd", "60+", "gevoel", "3");
        assertEquals("slot", s.pageName(), "${leeftijd} = '60+' holds");
        assertEquals("60+", s.storedAnswers().get("leeftijd"));
        assertEquals("3", s.storedAnswers().get("gevoel"));
    }

    // ---------------------------------------------------------------------------------------------
    // the export
    // ---------------------------------------------------------------------------------------------

    private static final String FRAME = """
            ref,name,street,postcode,city,email,phone,letter_language
            K001,Anna,Kerkstraat 1,6211 AB,Maastricht,,,nl
            K002,Bram,Kerkstraat 2,6211 AB,Maastricht,,,nl
            """;

    @Test
    void theExportHasTheOtherTextsRangeNumbersAndNotAskedRows() throws IOException {
        String lead = StudyFixture.account("lead");
        RequestSpecification asLead = StudyFixture.as(lead);
        String id = asLead.contentType(ContentType.JSON).body(Map.of("name", "Keuzes 2026", "organisation", "Gemeente",
                "questionnaire", "keuzes", "start", "2026-12-01", "end", "2026-12-21")).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        String path = "/api/studies/" + id;
        StudyFixture.as(lead).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8)).post(path + "/frame")
                .then().statusCode(200);
        StudyFixture.as(lead).post(path + "/invitations").then().statusCode(201);
        Map<String, String> links = records(StudyFixture.as(lead).get(path + "/invitations.csv").then().statusCode(200)
                .extract().asString()).stream()
                .collect(Collectors.toMap(r -> r.get("ref"), r -> URI.create(r.get("link")).getPath()));

        RespondentSession anna = RespondentSession.arriving(links.get("K001"));
        anna.next("land", "nl", "deelgenomen", List.of("sport"));
        anna.next("provincie", "limburg-nl", "favoriet", "sport", "oordeel_sport", "slecht");
        anna.next("hulp", List.of("buren", "other"), "hulp_other", "=De kerk", "werk", "other", "werk_other", "Mantelzorg");
        anna.next("cijfer", "9", "leeftijd", "60+", "gevoel", "4", "huisgenoten", List.of("18-30", "60+"));
        anna.next("pensioen", "ja");
        assertTrue(anna.path().endsWith("/done"));
        long annaId = anna.stored().getLong("id");

        Map<Long, CSVRecord> rows = records(StudyFixture.as(lead).get(path + "/export.csv").then().statusCode(200)
                .extract().asString()).stream().collect(Collectors.toMap(r -> Long.parseLong(r.get("response_id")),
                        Function.identity()));
        CSVRecord row = rows.get(annaId);
        assertEquals("2", row.get("provincie"), "limburg-nl: the second of the list, whatever the filter showed");
        assertEquals("-1", row.get("oordeel_taalcafe"), "a row not asked: not asked (routing)");
        assertEquals("2", row.get("oordeel_sport"));
        assertEquals("1", row.get("hulp_buren"));
        assertEquals("0", row.get("hulp_niemand"));
        assertEquals("1", row.get("hulp_other_2"), "the 0/1 column of the option 'other'; hulp_other is the text");
        assertEquals("'=De kerk", row.get("hulp_other"), "the text, inert in a spreadsheet");
        assertEquals("3", row.get("werk"), "other: after werk and school");
        assertEquals("Mantelzorg", row.get("werk_other"));
        assertEquals("9", row.get("cijfer"), "a range is a number");
        assertEquals("3", row.get("leeftijd"), "60+: the third");
        assertEquals("4", row.get("gevoel"), "a list named 1 to 4 keeps its numbers");
        assertEquals("1", row.get("huisgenoten_18_30"), "an option's name made an SPSS name");
        assertEquals("0", row.get("huisgenoten_31_59"));
        assertEquals("1", row.get("huisgenoten_60_"));

        String labelled = StudyFixture.as(lead).get(path + "/export.csv?labels=nl").then().statusCode(200).extract().asString();
        assertTrue(labelled.contains("60 of ouder") && labelled.contains("😄") && labelled.contains("Anders, namelijk"),
                labelled);

        String codebook = StudyFixture.as(lead).get(path + "/codebook").then().statusCode(200).extract().asString();
        assertTrue(codebook.contains("land = ${land}"), "the choice_filter is a condition of its question");
        assertTrue(codebook.contains("selected(${deelgenomen}, &#39;sport&#39;)") || codebook.contains("selected(${deelgenomen}, 'sport')"),
                "a row's relevant too");
        assertTrue(codebook.contains("select_one werk or_other"));
        assertTrue(codebook.contains("range start=0 end=10 step=1"));

        byte[] sav = StudyFixture.as(lead).get(path + "/export.sav").then().statusCode(200).extract().asByteArray();
        String dictionary = new String(sav, StandardCharsets.UTF_8);
        assertTrue(dictionary.contains("hulp_other_2") && dictionary.contains("werk_other") && dictionary.contains("cijfer"));
        assertTrue(dictionary.contains("60 of ouder") && dictionary.contains("😄"), "value labels in the .sav, emoji too");
        assertTrue(dictionary.contains("huisgenoten_60_"));
    }

    private static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

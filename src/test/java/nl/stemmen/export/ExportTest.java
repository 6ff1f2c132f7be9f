package nl.stemmen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.stemmen.access.SignedIn;
import nl.stemmen.export.sav.Pspp;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * The study exports (design §6) over HTTP against PostgreSQL: a frame of four people, three real
 * responses answered through the respondent pages and one test response, then the exact cells of
 * export.csv (codes, labels in Arabic, the four kinds of missing, select_multiple as 0/1 columns, the
 * frame's attributes without its contact columns), leaving out an excluded response, who may take
 * it, and the codebook's routing conditions and N.
 */
@QuarkusTest
class ExportTest {

    private static final String FRAME = """
            ref,name,street,postcode,city,email,phone,letter_language,gender,age_band,country_of_birth,learning_route
            P001,Amal Haddad,Kerkstraat 1,6211 AB,Maastricht,amal@example.nl,0612345678,ar,vrouw,30_39,syrie,b1
            P002,"Tesfay, Yonas",Markt 2,6212CD,Maastricht,,,ti,man,18_29,eritrea,
            P003,Ayşe Yılmaz,Plein 3,6213 EF,Maastricht,ayse@example.nl,,nl,vrouw,40_49,turkije,z_route
            P004,Sara Proef,Plein 4,6213 EG,Maastricht,,,nl,vrouw,18_29,iran,b1
            """;

    /**
     * The study with its responses: Amal answered chosen answers in Arabic and completed, flagged
     * speeder and duplicate; Tesfay completed with the first option everywhere and was excluded by the
     * lead through the quality API; Ayşe stopped after two pages; Sara's response is a test response.
     */
    private record Answered(StudyFixture study, long amal, long tesfay, long ayse, long test) {
    }

    private static Answered answered;

    @Inject
    EntityManager entities;

    private synchronized Answered answered() {
        if (answered == null) {
            answered = answer();
        }
        return answered;
    }

    private Answered answer() {
        StudyFixture study = StudyFixture.create();
        study.lead().contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8)).post(study.path() + "/frame")
                .then().statusCode(200);
        study.lead().post(study.path() + "/invitations").then().statusCode(201);
        Map<String, String> links = mailingFile(study);

        RespondentSession amal = RespondentSession.arriving(links.get("P001"));
        amal.next("status", "asiel", "leeftijd", "zeg_niet", "geboorteland", "_dont_understand");
        amal.next("situatie", List.of("betaald_werk", "taalles"), "inburgering_klaar", "nee");
        assertEquals("taal", amal.pageName());
        amal.next("nl_kunnen_praten", "goed", "nl_kunnen_verstaan", "weet_niet", "nl_oefenen", List.of("werk", "winkel"),
                "nl_helpt", "-1");
        amal.finish();
        RespondentSession tesfay = RespondentSession.arriving(links.get("P002")).finish();
        RespondentSession ayse = RespondentSession.arriving(links.get("P003"));
        ayse.next("status", "gezinsmigrant", "leeftijd", "40_49");
        ayse.next("situatie", List.of("zeg_niet"));
        assertEquals("taal", ayse.pageName());
        RespondentSession sara = RespondentSession.arriving(links.get("P004")).finish();

        Answered made = new Answered(study, id(amal), id(tesfay), id(ayse), id(sara));
        study.lead().contentType(ContentType.JSON).body(Map.of("reason", "a duplicate"))
                .put(study.path() + "/responses/" + made.tesfay() + "/exclusion").then().statusCode(200);
        // flags as the quality checks set them, and a test response in the study (previews have none)
        QuarkusTransaction.requiringNew().run(() -> {
            sql("insert into response_flag (response_id, flag, detail, flagged_at) values (?1, 'speeder', '3 min', now()), "
                    + "(?1, 'duplicate', 'same answers as another', now())", made.amal());
            sql("update response set test = true where id = ?1", made.test());
        });
        return made;
    }

    private void sql(String statement, long response) {
        entities.createNativeQuery(statement).setParameter(1, response).executeUpdate();
    }

    private static long id(RespondentSession session) {
        return session.stored().getLong("id");
    }

    private static Map<String, String> mailingFile(StudyFixture study) {
        return records(study.lead().get(study.path() + "/invitations.csv").then().statusCode(200).extract().asString())
                .stream().collect(Collectors.toMap(r -> r.get("ref"), r -> URI.create(r.get("link")).getPath()));
    }

    private static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The export's rows by response id. */
    private static Map<Long, CSVRecord> export(RequestSpecification as, Answered a, String query) {
        String csv = as.get(a.study().path() + "/export.csv" + query).then().statusCode(200).contentType("text/csv")
                .header("Cache-Control", "no-store").extract().asString();
        return records(csv).stream().collect(Collectors.toMap(r -> Long.parseLong(r.get("response_id")), Function.identity()));
    }

    @Test
    void oneRowPerResponseWithCodesAndTheFourKindsOfMissingApart() {
        Answered a = answered();
        Map<Long, CSVRecord> rows = export(a.study().lead(), a, "");
        assertEquals(List.of(a.amal(), a.tesfay(), a.ayse()), rows.keySet().stream().sorted().toList(),
                "every real response, the excluded one too; never the test response");

        CSVRecord amal = rows.get(a.amal());
        assertEquals("personal_link", amal.get("response_channel"));
        assertEquals("self", amal.get("response_mode"));
        assertEquals("ar", amal.get("response_language"));
        assertEquals("completed", amal.get("response_status"));
        assertTrue(amal.get("response_completed").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), amal.get("response_completed"));
        assertTrue(Long.parseLong(amal.get("response_duration")) >= 0);
        assertEquals("duplicate speeder", amal.get("response_flags"));
        assertEquals("0", amal.get("response_excluded"));
        assertEquals("", amal.get("response_weight"), "not weighted: categories in the frame have no completes yet");

        assertEquals("1", amal.get("status"), "asiel: the first of the list");
        assertEquals("-1", amal.get("geslacht"), "not asked: the frame gives her gender");
        assertEquals("-4", amal.get("leeftijd"), "'zeg ik liever niet', the list's first missing choice");
        assertEquals("-3", amal.get("geboorteland"), "I don't understand the question");
        assertEquals("-2", amal.get("aankomstjaar"), "shown, left empty");
        assertEquals("-1", amal.get("geboorteland_anders"), "routed past");
        assertEquals("-1", amal.get("zoekt_werk"), "routed past: she has paid work");
        assertEquals("2", amal.get("inburgering_klaar"), "nee");
        assertEquals("2", amal.get("nl_kunnen_praten"), "a matrix statement: goed");
        assertEquals("-4", amal.get("nl_kunnen_verstaan"), "weet ik niet");
        assertEquals("-2", amal.get("nl_kunnen_lezen"));
        assertEquals("'-1", amal.get("nl_helpt"), "a typed -1 is text, written inert, never the code -1");

        // select_multiple: one 0/1 column per option; the text question situatie_anders keeps its name
        assertEquals("0", amal.get("situatie_geen_inkomen"));
        assertEquals("1", amal.get("situatie_betaald_werk"));
        assertEquals("1", amal.get("situatie_taalles"));
        assertEquals("0", amal.get("situatie_anders_2"));
        assertEquals("0", amal.get("situatie_zeg_niet"));
        assertEquals("-1", amal.get("situatie_anders"));
        assertEquals("1", amal.get("nl_oefenen_werk"));
        assertEquals("1", amal.get("nl_oefenen_winkel"));
        assertEquals("0", amal.get("nl_oefenen_thuis"));

        CSVRecord tesfay = rows.get(a.tesfay());
        assertEquals("1", tesfay.get("response_excluded"));
        assertEquals("1", tesfay.get("leerroute"), "asked: his frame row has no learning route");
        assertEquals("1", tesfay.get("situatie_geen_inkomen"));

        CSVRecord ayse = rows.get(a.ayse());
        assertEquals("in_progress", ayse.get("response_status"));
        assertEquals("", ayse.get("response_completed"));
        assertEquals("", ayse.get("response_duration"));
        assertEquals("2", ayse.get("status"));
        assertEquals("1", ayse.get("situatie_zeg_niet"));
        assertEquals("-4", ayse.get("situatie_betaald_werk"), "she said nothing about work: her 'rather not say', not a 0");
        assertEquals("-2", ayse.get("inburgering_klaar"));
        assertEquals("-1", ayse.get("nl_oefenen_werk"), "a page she never reached");
    }

    @Test
    void theFramesAttributesComeAlongButNeverItsContactColumns() {
        Answered a = answered();
        String csv = a.study().lead().get(a.study().path() + "/export.csv").then().statusCode(200).extract().asString();
        List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(","));
        assertEquals(List.of("response_id", "response_channel", "response_mode", "response_language", "response_started",
                "response_completed", "response_duration", "response_status", "response_flags", "response_excluded",
                "response_weight", "frame_gender", "frame_age_band", "frame_country_of_birth", "frame_learning_route", "status",
                "geslacht"),
                header.subList(0, 17), "response columns, the study's dimensions, other attributes, then the questionnaire");
        for (String contact : List.of("Haddad", "Tesfay", "Yılmaz", "example.nl", "Kerkstraat", "6211", "0612345678", "Maastricht")) {
            assertFalse(csv.contains(contact), contact + " is contact data");
        }
        assertTrue(header.stream().noneMatch(h -> h.matches("(frame_)?(ref|name|street|postcode|city|email|phone|letter_language)")),
                header.toString());
        CSVRecord amal = export(a.study().lead(), a, "").get(a.amal());
        assertEquals("vrouw", amal.get("frame_gender"));
        assertEquals("30_39", amal.get("frame_age_band"));
        assertEquals("syrie", amal.get("frame_country_of_birth"));
        assertEquals("b1", amal.get("frame_learning_route"));
        assertEquals("", export(a.study().lead(), a, "").get(a.tesfay()).get("frame_learning_route"));
    }

    @Test
    void labelsInAnotherLanguageReplaceCodesButNotTheMissingCodes() {
        Answered a = answered();
        CSVRecord amal = export(a.study().lead(), a, "?labels=ar").get(a.amal());
        assertEquals("لا", amal.get("inburgering_klaar"));
        assertEquals("جيد", amal.get("nl_kunnen_praten"));
        assertEquals("أفضّل عدم الإجابة", amal.get("leeftijd"), "a missing choice is a choice: its label");
        assertEquals("-3", amal.get("geboorteland"));
        assertEquals("-1", amal.get("geslacht"));
        assertEquals("1", amal.get("situatie_taalles"), "0/1 columns stay 0/1");
        CSVRecord ayse = export(a.study().lead(), a, "?labels=ar").get(a.ayse());
        assertEquals("أفضّل عدم الإجابة", ayse.get("situatie_betaald_werk"));
    }

    @Test
    void theSavReadsBackInPsppWithLabelsAndUserMissingCodes(@TempDir Path dir) throws Exception {
        Answered a = answered();
        Files.write(dir.resolve("x.sav"), a.study().lead().get(a.study().path() + "/export.sav").then().statusCode(200)
                .contentType("application/x-spss-sav").header("Cache-Control", "no-store").extract().asByteArray());
        String output = Pspp.run(dir, "GET FILE='x.sav'.\nDISPLAY DICTIONARY.\n"
                + "SAVE TRANSLATE /OUTFILE='data.csv' /TYPE=CSV /FIELDNAMES /CELLS=VALUES.\n");

        String csv = a.study().lead().get(a.study().path() + "/export.csv").then().statusCode(200).extract().asString();
        List<String> variables = Pspp.table(output, "Variables");
        assertEquals(List.of(csv.substring(0, csv.indexOf('\n')).split(",")),
                variables.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList(), "the CSV's columns");
        assertTrue(variables.stream().anyMatch(line -> line.matches(
                "leeftijd,\\d+,Hoe oud bent u\\?,Nominal,Input,8,Right,F8\\.0,F8\\.0,-4 THRU -1")), variables.toString());
        assertTrue(variables.stream().anyMatch(line -> line.matches(
                "aankomstjaar,\\d+,In welk jaar bent u in Nederland komen wonen\\?,.*,-3 THRU -1")), variables.toString());
        assertTrue(variables.stream().anyMatch(line -> line.matches(
                "situatie_taalles,\\d+,Wat past het beste bij uw situatie nu\\? — Ik volg Nederlandse les \\(taalles\\),.*")));
        List<String> labels = Pspp.table(output, "Value Labels");
        assertTrue(labels.contains("Hoe oud bent u?,-4[a],Zeg ik liever niet"), labels.toString());
        assertTrue(labels.containsAll(List.of(",-3[a],begreep de vraag niet", ",-2[a],overgeslagen",
                ",-1[a],niet gevraagd (routering)", ",1,18 tot en met 29 jaar")), labels.toString());

        List<List<String>> rows = Pspp.csv(dir.resolve("data.csv"));
        List<String> names = rows.get(0);
        List<String> amal = rows.stream().skip(1)
                .filter(row -> Double.parseDouble(row.get(0)) == a.amal()).findFirst().orElseThrow();
        Function<String, String> cell = name -> amal.get(names.indexOf(name)).strip();
        assertEquals(3, rows.size() - 1, "no test response");
        assertEquals("ar", cell.apply("response_language"));
        assertEquals("vrouw", cell.apply("frame_gender"));
        assertEquals("1", cell.apply("status"));
        assertEquals("-4", cell.apply("leeftijd"));
        assertEquals("-3", cell.apply("geboorteland"));
        assertEquals("-2", cell.apply("aankomstjaar"));
        assertEquals("-1", cell.apply("geslacht"));
        assertEquals("1", cell.apply("situatie_taalles"));
        assertEquals("'-1", cell.apply("nl_helpt"), "typed, as in the CSV");
        assertEquals("-1", cell.apply("situatie_anders"), "the code, in a text column");
    }

    @Test
    void anExcludedResponseLeavesWhenAsked() {
        Answered a = answered();
        Map<Long, CSVRecord> rows = export(SignedIn.asAdmin(), a, "?excluded=leave_out");
        assertEquals(List.of(a.amal(), a.ayse()), rows.keySet().stream().sorted().toList());
        assertEquals(3, export(SignedIn.asAdmin(), a, "?excluded=keep").size());
    }

    @Test
    void onlyTheLeadAndAdminsTakeIt() {
        Answered a = answered();
        for (String path : List.of("/export.csv", "/export.sav", "/codebook")) {
            StudyFixture.fieldworker().get(a.study().path() + path).then().statusCode(403);
            StudyFixture.anotherLead().get(a.study().path() + path).then().statusCode(404);
            StudyFixture.anotherLead().get(a.study().path() + path + "?excluded=never").then().statusCode(404);
            SignedIn.asAdmin().get("/api/studies/st-none" + path).then().statusCode(404);
        }
    }

    @Test
    void aQueryThatDoesNotFitIsRefusedSayingWhy() {
        Answered a = answered();
        a.study().lead().get(a.study().path() + "/export.csv?labels=xx&excluded=never").then().statusCode(400)
                .body("problems.field", org.hamcrest.Matchers.contains("labels", "excluded"));
        a.study().lead().get(a.study().path() + "/codebook?language=klingon").then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("language"));
    }

    @Test
    void theCodebookShowsRoutingInWordsCodesAndN() {
        Answered a = answered();
        Document book = Jsoup.parse(a.study().lead().get(a.study().path() + "/codebook").then().statusCode(200)
                .contentType("text/html").extract().asString());
        assertEquals("3", book.selectFirst("#responses").text().split(",")[0]);
        assertTrue(book.selectFirst("#q-taalles_uren .routing").text().contains("'taalles' gekozen bij situatie"),
                book.selectFirst("#q-taalles_uren .routing").text());
        assertTrue(book.selectFirst("#q-zoekt_werk .routing").text()
                .contains("'betaald_werk' niet gekozen bij situatie en 'zeg_niet' niet gekozen bij situatie"));
        assertTrue(book.selectFirst("#q-status .routing").text().startsWith("Altijd gevraagd"));
        assertEquals("3", n(book, "status", "status"), "Amal, Tesfay and Ayşe answered it");
        assertEquals("2", n(book, "leeftijd", "leeftijd"), "Amal's 'rather not say' is no answer");
        assertEquals("2", n(book, "situatie", "situatie_taalles"), "Ayşe's 'rather not say' is no answer");
        assertTrue(book.select("#q-leeftijd .codes tr.missing").eachText().contains("-4 Zeg ik liever niet (missend)"));
        assertTrue(book.select("#q-leeftijd .codes tr:not(.missing)").eachText().contains("1 18 tot en met 29 jaar"));

        Document arabic = Jsoup.parse(a.study().lead().get(a.study().path() + "/codebook?language=ar&excluded=leave_out")
                .then().statusCode(200).extract().asString());
        assertEquals("2", arabic.selectFirst("#responses").text().split(",")[0]);
        assertEquals("2", n(arabic, "status", "status"), "without Tesfay, who was excluded");
        assertNotNull(arabic.selectFirst("#q-status p[lang=ar]:contains(كيف جئت إلى هولندا؟)"));
    }

    /** The N of a column in the codebook's entry of a question. */
    private static String n(Document book, String question, String column) {
        return book.select("#q-" + question + " .columns tr").stream().filter(tr -> tr.text().startsWith(column + " "))
                .findFirst().orElseThrow(() -> new AssertionError(column + " not in the codebook")).select("td.n").text();
    }
}

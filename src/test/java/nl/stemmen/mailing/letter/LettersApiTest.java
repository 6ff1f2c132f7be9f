package nl.stemmen.mailing.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * A letter mailing's letters through the API: one page per person in postcode order, each QR code
 * leading to that person's own questionnaire; a reminder leaves out who completed.
 */
@QuarkusTest
class LettersApiTest {

    private static final String FRAME = """
            ref,name,street,postcode,city,letter_language,gender
            L1,Bram de Vries,Kerkstraat 1,9711 LV,Groningen,nl,man
            L2,Amal Haddad,Markt 2,1011 AB,Amsterdam,ar,vrouw
            L3,Ayşe Yılmaz,Dorpsweg 3,5611 CD,Eindhoven,tr,vrouw
            """;

    @Test
    void aLetterPerPersonInPostcodeOrderEachQrLeadingToTheirOwnQuestionnaire() throws Exception {
        String lead = StudyFixture.account("lead");
        String study = as(lead).contentType(ContentType.JSON).body(Map.of("name", "Brieven", "organisation", "Gemeente Ede",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21",
                "dimensions", List.of(Map.of("name", "gender"))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        as(lead).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8)).post("/api/studies/" + study + "/frame")
                .then().statusCode(200);
        as(lead).post("/api/studies/" + study + "/invitations").then().statusCode(201);
        Map<String, String> links = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(as(lead).get("/api/studies/" + study + "/invitations.csv").asString())).getRecords()
                .stream().collect(Collectors.toMap(r -> r.get("ref"), r -> r.get("link")));
        int first = as(lead).contentType(ContentType.JSON).body(Map.of("channel", "letter", "reminder", false))
                .post("/api/studies/" + study + "/mailings").then().statusCode(201).extract().path("id");

        as(lead).get("/api/studies/" + study + "/mailings/" + first + "/letters.pdf").then().statusCode(400);
        byte[] bytes = as(lead).get("/api/studies/" + study + "/mailings/" + first + "/letters.pdf?contact=onderzoek@ede.nl")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(LetterPdfTest.PAGES);
        Path pdf = LetterPdfTest.PAGES.resolve("api-first.pdf");
        Files.write(pdf, bytes);
        List<Path> pages = LetterPdfTest.pngPages(pdf, "api-first");
        assertEquals(3, pages.size(), "one page per person");
        // postcodes 1011 AB, 5611 CD, 9711 LV
        List<String> order = List.of("L2", "L3", "L1");
        for (int page = 0; page < 3; page++) {
            assertEquals(links.get(order.get(page)), LetterPdfTest.qr(pages.get(page)), "page " + (page + 1));
        }
        assertTrue(LetterPdfTest.text(pdf, 1).contains("Amal Haddad"));
        assertTrue(LetterPdfTest.text(pdf, 1).contains("onderzoek@ede.nl"));

        RespondentSession.arriving(URI.create(links.get("L3")).getPath()).finish();
        int reminder = as(lead).contentType(ContentType.JSON).body(Map.of("channel", "letter", "reminder", true))
                .post("/api/studies/" + study + "/mailings").then().statusCode(201).extract().path("id");
        Path again = LetterPdfTest.PAGES.resolve("api-reminder.pdf");
        Files.write(again, as(lead).get("/api/studies/" + study + "/mailings/" + reminder + "/letters.pdf?contact=onderzoek@ede.nl")
                .then().statusCode(200).extract().asByteArray());
        List<Path> reminded = LetterPdfTest.pngPages(again, "api-reminder");
        assertEquals(List.of(links.get("L2"), links.get("L1")), List.of(LetterPdfTest.qr(reminded.get(0)),
                LetterPdfTest.qr(reminded.get(1))), "Ayşe completed: no reminder; the others keep their links");
        assertEquals(2, reminded.size());

        int sms = as(lead).contentType(ContentType.JSON).body(Map.of("channel", "sms", "reminder", false))
                .post("/api/studies/" + study + "/mailings").then().statusCode(201).extract().path("id");
        as(lead).get("/api/studies/" + study + "/mailings/" + sms + "/letters.pdf?contact=onderzoek@ede.nl").then().statusCode(409);
        StudyFixture.anotherLead().get("/api/studies/" + study + "/mailings/" + first + "/letters.pdf?contact=a@b.nl")
                .then().statusCode(404);
    }

    @Test
    void lettersPrintTheStudysContactAddressAndItsOwnTexts() throws Exception {
        String lead = StudyFixture.account("lead");
        String study = as(lead).contentType(ContentType.JSON).body(Map.of("name", "Eigen brief", "organisation", "Gemeente Ede",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "contact_email", "vragen@ede.nl",
                "dimensions", List.of(Map.of("name", "gender"))))
                .post("/api/studies").then().statusCode(201).body("contact_email", org.hamcrest.Matchers.equalTo("vragen@ede.nl"))
                .extract().path("id");
        as(lead).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8)).post("/api/studies/" + study + "/frame")
                .then().statusCode(200);
        as(lead).post("/api/studies/" + study + "/invitations").then().statusCode(201);
        String texts = "/api/studies/" + study + "/letter-texts/nl.po";
        String po = as(lead).get(texts).then().statusCode(200).extract().asString();
        as(lead).contentType("text/x-gettext-translation; charset=UTF-8")
                .body(po.replaceFirst("msgstr \"Wij willen graag weten[^\"]*\"", "msgstr \"Ede wil weten hoe het met u gaat.\""))
                .put(texts).then().statusCode(204);
        int mailing = as(lead).contentType(ContentType.JSON).body(Map.of("channel", "letter", "reminder", false))
                .post("/api/studies/" + study + "/mailings").then().statusCode(201).extract().path("id");

        Path pdf = LetterPdfTest.PAGES.resolve("api-own-texts.pdf");
        Files.createDirectories(LetterPdfTest.PAGES);
        Files.write(pdf, as(lead).get("/api/studies/" + study + "/mailings/" + mailing + "/letters.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        String page = LetterPdfTest.text(pdf, 1);
        assertTrue(page.contains("vragen@ede.nl"), page);
        assertTrue(page.contains("Ede wil weten hoe het met u gaat."), page);
        as(lead).contentType(ContentType.JSON).body(Map.of("name", "Eigen brief", "organisation", "Gemeente Ede",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "contact_email", "geen adres",
                "dimensions", List.of(Map.of("name", "gender")))).put("/api/studies/" + study).then().statusCode(422)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("contact_email"));
    }

    @Test
    void letterTextsInLatin1OrTooLongToStoreAreRefusedWithTheirLineAndNothingChanges() {
        StudyFixture study = StudyFixture.create();
        String texts = study.path() + "/letter-texts/nl.po";
        String po = study.lead().get(texts).then().statusCode(200).extract().asString();
        String edited = po.replaceFirst("msgstr \"Beste \\{name\\},\"", "msgstr \"Geachte heer/mevrouw {name}, één vraag\"");
        assertTrue(!edited.equals(po), "the test edits the greeting");
        int line = (int) edited.substring(0, edited.indexOf("Geachte")).chars().filter(c -> c == '\n').count() + 1;

        // Poedit on an old Windows set-up, or Notepad: the same text in Latin-1
        study.lead().contentType("text/x-gettext-translation").body(edited.getBytes(StandardCharsets.ISO_8859_1))
                .put(texts).then().statusCode(422)
                .body("problems[0].line", org.hamcrest.Matchers.equalTo(line))
                .body("problems[0].reason", org.hamcrest.Matchers.containsString("UTF-8"));
        String stored = study.lead().get(texts).then().statusCode(200).extract().asString();
        assertTrue(!stored.contains("Geachte") && !stored.contains("\uFFFD"), "nothing stored: " + stored);

        String huge = "# " + "x".repeat(150_000) + "\n" + edited;
        study.lead().contentType("text/x-gettext-translation; charset=UTF-8").body(huge.getBytes(StandardCharsets.UTF_8))
                .put(texts).then().statusCode(422).body("problems[0].reason", org.hamcrest.Matchers.containsString("at most"));

        study.lead().contentType("text/x-gettext-translation; charset=UTF-8")
                .body(("\uFEFF" + edited.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)).put(texts).then().statusCode(204);
        assertTrue(study.lead().get(texts).then().statusCode(200).extract().asString().contains("één vraag"));
    }

    @Test
    void eachTextKeepsItsOwnPlaceholderRuleAndAParagraphsBracesArePrintedAsWritten() throws Exception {
        String lead = StudyFixture.account("lead");
        String study = as(lead).contentType(ContentType.JSON).body(Map.of("name", "Accolades", "organisation", "Gemeente Ede",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "contact_email", "vragen@ede.nl",
                "dimensions", List.of(Map.of("name", "gender"))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        as(lead).contentType("text/csv").body("""
                ref,name,street,postcode,city,letter_language,gender
                N1,,Kerkstraat 1,1011 AB,Amsterdam,nl,man
                N2,Bram de Vries,Markt 2,9711 LV,Groningen,nl,man
                """.getBytes(StandardCharsets.UTF_8)).post("/api/studies/" + study + "/frame").then().statusCode(200);
        as(lead).post("/api/studies/" + study + "/invitations").then().statusCode(201);
        String texts = "/api/studies/" + study + "/letter-texts/nl.po";
        String po = as(lead).get(texts).then().statusCode(200).extract().asString();
        String greeting = "msgstr \"Beste {name},\"";
        String subject = "msgstr \"Doe mee met het onderzoek van {organisation}\"";
        String body = "msgstr \"Wij willen graag weten";

        refused(lead, texts, po, greeting, "msgstr \"Beste {name, number},\"", "letter.greeting", "{name, number}");
        refused(lead, texts, po, greeting, "msgstr \"Beste {email},\"", "letter.greeting", "{email}");
        refused(lead, texts, po, greeting, "msgstr \"Beste { name },\"", "letter.greeting", "{ name }");
        refused(lead, texts, po, subject, "msgstr \"{organisation, date, short}\"", "email.subject", "{organisation, date, short}");
        refused(lead, texts, po, body, "msgstr \"Gebruik '{'accolades'}' en {name}. Wij willen graag weten", "letter.body",
                "only letter.greeting has the person's {name}");
        refused(lead, texts, po, "msgstr \"Het invullen duurt ongeveer 15 minuten. Scan", "msgstr \"{organisation} vraagt 15 "
                + "minuten. Scan", "letter.howto", "{organisation}");
        assertEquals(po, as(lead).get(texts).then().statusCode(200).extract().asString(), "nothing stored");

        String braces = "Gebruik '{'accolades'}' en { } zoals u wilt, 100% {vrij.";
        as(lead).contentType("text/x-gettext-translation; charset=UTF-8")
                .body(po.replaceFirst("msgstr \"Wij willen graag weten[^\"]*\"", "msgstr \"" + braces + "\"")).put(texts)
                .then().statusCode(204);
        int mailing = as(lead).contentType(ContentType.JSON).body(Map.of("channel", "letter", "reminder", false))
                .post("/api/studies/" + study + "/mailings").then().statusCode(201).extract().path("id");
        Path pdf = LetterPdfTest.PAGES.resolve("api-braces.pdf");
        Files.createDirectories(LetterPdfTest.PAGES);
        Files.write(pdf, as(lead).get("/api/studies/" + study + "/mailings/" + mailing + "/letters.pdf").then().statusCode(200)
                .extract().asByteArray());
        String nameless = LetterPdfTest.text(pdf, 1).replaceAll("\\s+", " ");
        assertTrue(nameless.contains(braces), "the body as the lead wrote it: " + nameless);
        assertTrue(nameless.contains("Beste,") && !nameless.contains("Beste ,") && !nameless.contains("{name}"), nameless);
        assertTrue(LetterPdfTest.text(pdf, 2).contains("Beste Bram de Vries,"));
    }

    /** Uploads the PO with one text replaced and checks it is refused by that entry's line, naming the key and the fault. */
    private static void refused(String lead, String texts, String po, String text, String replacement, String key,
            String fault) {
        assertTrue(po.contains(text), "the test replaces " + text);
        String edited = po.replace(text, replacement);
        // the line of the entry, its msgctxt
        int line = (int) edited.substring(0, edited.indexOf("msgctxt \"" + key + "\"")).chars().filter(c -> c == '\n').count() + 1;
        as(lead).contentType("text/x-gettext-translation; charset=UTF-8").body(edited).put(texts).then().statusCode(422)
                .body("problems.size()", org.hamcrest.Matchers.equalTo(1))
                .body("problems[0].line", org.hamcrest.Matchers.equalTo(line))
                .body("problems[0].reason", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(key),
                        org.hamcrest.Matchers.containsString(fault)));
    }

    private static RequestSpecification as(String lead) {
        return StudyFixture.as(lead);
    }
}

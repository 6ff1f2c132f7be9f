package nl.stemmen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import nl.stemmen.export.sav.Pspp;
import nl.stemmen.respond.PipingAndCalculateTest;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * A calculate is its own column of export.csv, export.sav and the codebook, holding the value stored when the page
 * was submitted, as its type: a number, a date, a text. Two people answer {@code pijp} (src/test/resources/piping)
 * through their invitation links; one leaves the date out, so her dag_erna was not relevant (-1).
 */
@QuarkusTest
@TestProfile(PipingAndCalculateTest.Pijp.class)
class CalculateExportTest {

    private static final String FRAME = """
            ref,name,street,postcode,city,email,phone,letter_language
            P001,Piet Jansen,Kerkstraat 1,6211 AB,Maastricht,,,nl
            P002,Ans Bos,Markt 2,6212CD,Maastricht,,,nl
            """;

    private static StudyFixture study;

    private static synchronized StudyFixture answered() {
        if (study != null) {
            return study;
        }
        String lead = StudyFixture.account("lead");
        Map<String, Object> definition = Map.of("name", "Pijp 2026", "organisation", "Gemeente Maastricht",
                "questionnaire", "pijp", "start", "2026-12-01", "end", "2026-12-21");
        String id = StudyFixture.as(lead).contentType(ContentType.JSON).body(definition).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        StudyFixture made = new StudyFixture(id, lead);
        made.lead().contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8)).post(made.path() + "/frame")
                .then().statusCode(200);
        made.lead().post(made.path() + "/invitations").then().statusCode(201);
        Map<String, String> links = records(made.lead().get(made.path() + "/invitations.csv").then().statusCode(200)
                .extract().asString()).stream()
                .collect(Collectors.toMap(r -> r.get("ref"), r -> URI.create(r.get("link")).getPath()));

        RespondentSession piet = RespondentSession.arriving(links.get("P001"));
        piet.next("naam", "Piet", "geboren", "2000-02-28", "kinderen", "1,5", "vervoer", List.of("bus"), "land", "be");
        piet.next("controle", "ja", "dagen", "3");
        assertTrue(piet.path().endsWith("/done"), piet.path());
        RespondentSession ans = RespondentSession.arriving(links.get("P002"));
        ans.next("naam", "=1+1", "kinderen", "3", "land", "nl");
        ans.next("controle", "nee", "dagen", "2");
        study = made;
        return made;
    }

    @Test
    void eachCalculateIsAColumnWithItsStoredValue() {
        StudyFixture s = answered();
        String csv = s.lead().get(s.path() + "/export.csv").then().statusCode(200).extract().asString();
        List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(","));
        assertTrue(header.containsAll(List.of("dubbel", "groet", "landnaam", "dag_erna")), header.toString());
        assertEquals(header.indexOf("land") + 1, header.indexOf("dubbel"), "in questionnaire order");
        Map<String, CSVRecord> rows = records(csv).stream().collect(Collectors.toMap(r -> r.get("groet"), Function.identity()));
        CSVRecord piet = rows.get("Hoi Piet");
        assertEquals("3", piet.get("dubbel"));
        assertEquals("België", piet.get("landnaam"), "jr:choice-name: the label in the respondent's language");
        assertEquals("2000-02-29", piet.get("dag_erna"), "a date as YYYY-MM-DD");
        CSVRecord ans = rows.get("Hoi =1+1");
        assertEquals("6", ans.get("dubbel"));
        assertEquals("-1", ans.get("dag_erna"), "not relevant: no date given");
        assertEquals("Nederland", ans.get("landnaam"));
    }

    @Test
    void theCodebookSaysHowEachIsCalculated() {
        StudyFixture s = answered();
        String codebook = s.lead().get(s.path() + "/codebook").then().statusCode(200).extract().asString();
        assertTrue(codebook.contains("calculate: ${kinderen} * 2"), codebook);
        assertTrue(codebook.contains("Twee keer het aantal kinderen"), "its label, where it has one");
    }

    @Test
    void theSavHasANumericColumnForANumberAndAStringColumnForTheRest(@TempDir Path dir) throws Exception {
        StudyFixture s = answered();
        Files.write(dir.resolve("x.sav"), s.lead().get(s.path() + "/export.sav").then().statusCode(200).extract().asByteArray());
        String output = Pspp.run(dir, "GET FILE='x.sav'.\nDISPLAY DICTIONARY.\n"
                + "SAVE TRANSLATE /OUTFILE='data.csv' /TYPE=CSV /FIELDNAMES /CELLS=VALUES.\n");
        List<String> variables = Pspp.table(output, "Variables");
        assertTrue(variables.stream().anyMatch(line -> line.matches("dubbel,\\d+,Twee keer het aantal kinderen,.*F8\\.\\d.*,-3 THRU -1")),
                variables.toString());
        assertTrue(variables.stream().anyMatch(line -> line.matches("groet,\\d+,groet,.*A\\d+.*")), variables.toString());
        assertTrue(variables.stream().anyMatch(line -> line.matches("dag_erna,\\d+,dag_erna,.*A\\d+.*")), variables.toString());
        List<List<String>> rows = Pspp.csv(dir.resolve("data.csv"));
        List<String> names = rows.get(0);
        List<String> piet = rows.stream().skip(1).filter(row -> row.get(names.indexOf("groet")).strip().equals("Hoi Piet"))
                .findFirst().orElseThrow();
        assertEquals(3.0, Double.parseDouble(piet.get(names.indexOf("dubbel"))));
        assertEquals("2000-02-29", piet.get(names.indexOf("dag_erna")).strip());
    }

    private static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

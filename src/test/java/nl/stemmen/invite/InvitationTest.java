package nl.stemmen.invite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.RespondentSession;

/**
 * Personal invitations (design §4): a link and a typed short code each open the right person's one
 * response, in their letter language; the database holds neither links nor codes; guessing codes
 * gets 429; only the study's lead reaches its invitations.
 */
@QuarkusTest
class InvitationTest {

    private static final String PASSWORD = "een lang wachtwoord";
    private static final String FRAME = """
            ref,name,postcode,email,letter_language,gender,age_band
            P001,Amal Haddad,6211 AB,amal@example.nl,ar,vrouw,30_39
            P002,"Tesfay, Yonas",6212CD,,ti,man,18_29
            P003,Ayşe Yılmaz,6213 EF,ayse@example.nl,,vrouw,40_49
            """;

    @Inject
    EntityManager entities;

    @AfterEach
    void forgetWrongCodes() {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("delete from code_attempt").executeUpdate());
    }

    /** A lead with a study of the demo questionnaire, its frame imported and invitations made; the mailing file by ref. */
    private record Invited(String study, RequestSpecification lead, Map<String, CSVRecord> byRef) {
    }

    private static String account(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin().contentType(ContentType.JSON).body(Map.of("username", name, "password", PASSWORD, "role", role))
                .post("/api/accounts").then().statusCode(201);
        return name;
    }

    private static Invited invited() {
        String lead = account("lead");
        String study = SignedIn.as(lead, PASSWORD).contentType(ContentType.JSON).body(Map.of("name", "Thuis in Maastricht",
                "organisation", "Gemeente Maastricht", "questionnaire", "thuis-in-de-stad", "start", "2026-12-01",
                "end", "2026-12-21", "dimensions", List.of(Map.of("name", "gender"))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        SignedIn.as(lead, PASSWORD).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + study + "/frame").then().statusCode(200);
        assertEquals(3, (int) SignedIn.as(lead, PASSWORD).post("/api/studies/" + study + "/invitations")
                .then().statusCode(201).extract().path("created"));
        return new Invited(study, SignedIn.as(lead, PASSWORD), mailingFile(SignedIn.as(lead, PASSWORD), study));
    }

    private static Map<String, CSVRecord> mailingFile(RequestSpecification as, String study) {
        String csv = as.get("/api/studies/" + study + "/invitations.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords().stream().collect(Collectors.toMap(r -> r.get("ref"), r -> r));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPersonalLinkOpensThatPersonsOneResponseInTheLetterLanguage() {
        Invited study = invited();
        assertEquals(0, (int) study.lead().post("/api/studies/" + study.study() + "/invitations").then().statusCode(201)
                .extract().path("created"), "nobody is invited twice");
        CSVRecord amal = study.byRef().get("P001");
        assertEquals("ar", amal.get("language"));
        assertEquals("created", amal.get("status"));
        assertTrue(amal.get("code").matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"), amal.get("code"));
        String path = URI.create(amal.get("link")).getPath();
        assertTrue(path.matches("/s/[A-Za-z0-9_-]{22}"), path);

        var first = given().redirects().follow(false).get(path);
        assertEquals(303, first.statusCode());
        String response = URI.create(first.header("Location")).getPath();
        Document page = Jsoup.parse(given().get(response).then().statusCode(200).extract().asString());
        assertEquals("ar", page.selectFirst("html").attr("lang"), "the letter's language");
        assertTrue(page.select("[name=geslacht]").isEmpty(), "the frame gives her gender: not asked again");
        assertFalse(page.select("[name=leerroute]").isEmpty(), "the frame has no learning route: asked");
        assertEquals(List.of("nl", "en", "ar", "tr", "fa", "ti"), page.select(".langs button").eachAttr("value"));

        // the same link, another day: the same response
        assertEquals(response, URI.create(given().redirects().follow(false).get(path).header("Location")).getPath());
        assertEquals("opened", mailingFile(study.lead(), study.study()).get("P001").get("status"));
        var stored = SignedIn.asAdmin().get("/api/responses/link/" + path.substring(3)).then().statusCode(200).extract().jsonPath();
        assertEquals("personal_link", stored.getString("channel"));
        assertEquals(study.study(), stored.getString("study"));
        assertFalse(stored.getBoolean("test"));

        // not even the study's lead reads one person's answers by link: the mailing file and the frame would name them
        study.lead().get("/api/responses/link/" + path.substring(3)).then().statusCode(404);
        study.lead().get("/api/responses/" + stored.getLong("id")).then().statusCode(404);
        SignedIn.as(account("fieldworker"), PASSWORD).get("/api/responses/" + stored.getLong("id")).then().statusCode(403);
    }

    @Test
    void anInvitationCompletesOnceAndItsLinkThenThanksWithoutShowingAnswers() {
        Invited study = invited();
        String path = URI.create(study.byRef().get("P002").get("link")).getPath();
        RespondentSession tesfay = RespondentSession.arriving(path).finish();
        assertEquals("completed", mailingFile(study.lead(), study.study()).get("P002").get("status"));

        var again = given().redirects().follow(false).get(path);
        assertEquals(303, again.statusCode());
        String thanks = URI.create(again.header("Location")).getPath();
        assertTrue(given().redirects().follow(false).get(thanks).statusCode() == 303, "the response link leads on");
        Document page = Jsoup.parse(given().get("/r/" + path.substring(3) + "/done").then().statusCode(200).extract().asString());
        assertTrue(page.select("form input[type=radio], form input[type=text], textarea").isEmpty(), "no answers shown");
        assertEquals("ti", page.selectFirst("html").attr("lang"));
        assertEquals(tesfay.path(), "/r/" + path.substring(3) + "/done");
    }

    @Test
    void aTypedShortCodeOpensTheRightPersonsResponseInThePagesLanguage() {
        Invited study = invited();
        String code = study.byRef().get("P003").get("code");
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        Document form = Jsoup.parse(given().get("/code?lang=tr").then().statusCode(200).extract().asString());
        assertEquals("tr", form.selectFirst("html").attr("lang"));

        var entered = given().redirects().follow(false).formParam("code", typed).formParam("lang", "tr").post("/code");
        assertEquals(303, entered.statusCode());
        String token = URI.create(entered.header("Location")).getPath().substring(3);
        assertEquals(URI.create(study.byRef().get("P003").get("link")).getPath().substring(3), token,
                "the code opens the same response as the person's link");
        var stored = SignedIn.asAdmin().get("/api/responses/link/" + token).then().statusCode(200).extract().jsonPath();
        assertEquals("short_code", stored.getString("channel"));
        assertEquals("tr", stored.getString("language"));
    }

    @Test
    void aRespondentWithdrawsFromTheirLinksPageAndTheirAnswersAreGone() {
        Invited study = invited();
        String path = URI.create(study.byRef().get("P002").get("link")).getPath();
        String token = path.substring(3);
        given().redirects().follow(false).get(path).then().statusCode(303);
        Document later = Jsoup.parse(given().get("/r/" + token + "/later").then().statusCode(200).extract().asString());
        String withdraw = later.selectFirst(".stop a").attr("href");
        Document confirm = Jsoup.parse(given().get(withdraw).then().statusCode(200).extract().asString());
        assertEquals("ti", confirm.selectFirst("html").attr("lang"));

        Document gone = Jsoup.parse(given().post(confirm.selectFirst("form").attr("action")).then().statusCode(410)
                .extract().asString());
        assertEquals("ti", gone.selectFirst("html").attr("lang"), "said in the respondent's language");
        SignedIn.asAdmin().get("/api/responses/link/" + token).then().statusCode(404);
        Document link = Jsoup.parse(given().redirects().follow(false).get(path).then().statusCode(410).extract().asString());
        assertEquals("ti", link.selectFirst("html").attr("lang"), "the link says so in the letter's language");
        Document kept = Jsoup.parse(given().get("/r/" + token).then().statusCode(410).extract().asString());
        assertEquals("ti", kept.selectFirst("html").attr("lang"), "so does the link kept from 'continue later'");
        assertEquals("withdrawn", mailingFile(study.lead(), study.study()).get("P002").get("status"));
    }

    @Test
    void aCodeTypedOnTheCodePageWithoutChoosingALanguageOpensInTheLettersLanguage() {
        Invited study = invited();
        String code = study.byRef().get("P001").get("code");
        Document form = Jsoup.parse(given().get("/code").then().statusCode(200).extract().asString());
        assertTrue(form.select("input[name=lang]").isEmpty(), "the page's default language is no choice");
        String location = given().redirects().follow(false).formParam("code", code).post("/code").then().statusCode(303)
                .extract().header("Location");
        var stored = SignedIn.asAdmin().get("/api/responses/link/" + URI.create(location).getPath().substring(3))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("ar", stored.getString("language"), "Amal's letter is in Arabic");
    }

    @Test
    void theDatabaseHoldsNeitherLinksNorCodes() {
        Invited study = invited();
        String stored = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select string_agg(seed || ' ' || link_hash || ' ' || code_hash, ' ') from invitation where study_id = ?1")
                .setParameter(1, study.study()).getSingleResult().toString());
        for (CSVRecord line : study.byRef().values()) {
            String token = URI.create(line.get("link")).getPath().substring(3);
            assertFalse(stored.contains(token), "no link token in the database");
            assertFalse(stored.contains(line.get("code").replace("-", "")), "no code in the database");
        }
    }

    @Test
    void aWrongCodeSaysWhatToDoAndGuessingIsStoppedWith429() {
        Document wrong = Jsoup.parse(given().formParam("code", "ABCDE-FGH23").formParam("lang", "ar").post("/code")
                .then().statusCode(422).extract().asString());
        assertEquals("ar", wrong.selectFirst("html").attr("lang"));
        assertNotNull(wrong.selectFirst("[role=alert]"));
        assertEquals("ABCDE-FGH23", wrong.getElementById("code").val(), "what was typed comes back");
        for (int i = 1; i < 50; i++) { // 50 wrong codes from one address, the default limit
            given().formParam("code", "ABCDE-FGH2" + (i % 8 + 2)).post("/code").then().statusCode(422);
        }
        var stopped = given().formParam("code", "ABCDE-FGH23").post("/code");
        assertEquals(429, stopped.statusCode());
        assertNotNull(stopped.header("Retry-After"));
    }

    @Test
    void onlyTheStudysLeadReachesItsInvitations() {
        Invited study = invited();
        RequestSpecification other = SignedIn.as(account("lead"), PASSWORD);
        other.post("/api/studies/" + study.study() + "/invitations").then().statusCode(404);
        SignedIn.as(account("lead"), PASSWORD).get("/api/studies/" + study.study() + "/invitations.csv").then().statusCode(404);
        SignedIn.as(account("fieldworker"), PASSWORD).get("/api/studies/" + study.study() + "/invitations.csv").then().statusCode(403);
        given().get("/api/studies/" + study.study() + "/invitations.csv").then().statusCode(401);
        given().get("/s/not-a-real-invitation").then().statusCode(404);
    }
}

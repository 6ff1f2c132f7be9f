package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * The raffle and interview sign-up after the thank-you page, over HTTP with a real database: what the respondent
 * sees and sends, that nothing links a sign-up to a response (schema and content), the reproducible draws, and
 * that only the study's lead exports, with every export, draw and deletion logged.
 */
@QuarkusTest
class SignupTest {

    private static final String FRAME = """
            ref,name,postcode,letter_language,gender
            P001,Amal Haddad,6211 AB,nl,vrouw
            P002,Yonas Tesfay,6212 CD,nl,man
            """;

    @Inject
    EntityManager entities;

    /** A lead's study with the raffle and interviews switched on, its frame imported and invitations made. */
    private record Fieldwork(String study, String lead, List<String> links) {
        RequestSpecification asLead() {
            return StudyFixture.as(lead);
        }
    }

    private static Fieldwork fieldwork() {
        String lead = StudyFixture.account("lead");
        Map<String, Object> study = new HashMap<>(Map.of("name", "Thuis in Maastricht", "organisation", "Gemeente Maastricht",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21",
                "dimensions", List.of(Map.of("name", "gender", "question", "geslacht", "categories", List.of("man", "vrouw", "x")))));
        study.put("raffle", true);
        study.put("interviews", true);
        Response created = StudyFixture.as(lead).contentType(ContentType.JSON).body(study).post("/api/studies");
        created.then().statusCode(201);
        assertEquals(true, created.path("raffle"));
        assertEquals(true, created.path("interviews"));
        String id = created.path("id");
        StudyFixture.as(lead).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + id + "/frame").then().statusCode(200);
        StudyFixture.as(lead).post("/api/studies/" + id + "/invitations").then().statusCode(201);
        List<String> links = csv(StudyFixture.as(lead).get("/api/studies/" + id + "/invitations.csv").then().statusCode(200)
                .extract().asString()).stream().map(r -> URI.create(r.get("link")).getPath()).toList();
        return new Fieldwork(id, lead, links);
    }

    @Test
    void theThankYouPageOffersASignUpThatCarriesNoTokenAndIsStoredApart() {
        Fieldwork work = fieldwork();
        RespondentSession respondent = RespondentSession.arriving(work.links().get(0)).finish();
        String token = respondent.path().substring(3, respondent.path().indexOf("/done"));
        Response done = given().get(respondent.path());
        done.then().statusCode(200);
        assertEquals("no-referrer", done.header("Referrer-Policy"), "the browser sends no Referer with the response's address");
        Document page = Jsoup.parse(done.asString());
        Element form = page.selectFirst("form[action=/signup]");
        assertNotNull(form, "the thank-you page offers the sign-up form");
        assertFalse(form.outerHtml().contains(token), "the form does not carry the response's token");
        assertNotNull(form.selectFirst("input[name=raffle_consent]"));
        assertNotNull(form.selectFirst("input[name=interview_consent]"));
        assertNotNull(form.selectFirst("input[name=share][value=gender]"), "the study's dimension may be shared");

        Response signedUp = send(form, Map.of("raffle_contact", "Amal@Example.NL", "raffle_consent", "yes",
                "interview_contact", "06 123 456 78", "interview_consent", "yes", "share", "gender"));
        assertEquals(303, signedUp.statusCode());
        assertTrue(signedUp.header("Location").endsWith("/signup/thanks?lang=nl"), signedUp.header("Location"));
        assertEquals(410, send(form, Map.of("raffle_contact", "other@example.nl", "raffle_consent", "yes")).statusCode(),
                "a ticket signs up once");
        // the page was shown twice (finish() and here); a reload gets one more ticket, then no more
        assertNotNull(Jsoup.parse(given().get(respondent.path()).asString()).selectFirst("form[action=/signup]"));
        assertNull(Jsoup.parse(given().get(respondent.path()).asString()).selectFirst("form[action=/signup]"),
                "reloading the thank-you page does not give endless entries");

        List<CSVRecord> raffle = csv(work.asLead().get("/api/studies/" + work.study() + "/raffle/entries.csv")
                .then().statusCode(200).extract().asString());
        assertEquals(1, raffle.size());
        assertEquals("amal@example.nl", raffle.get(0).get("contact"));
        List<CSVRecord> interviews = csv(work.asLead().get("/api/studies/" + work.study() + "/interviews/entries.csv")
                .then().statusCode(200).extract().asString());
        assertEquals("0612345678", interviews.get(0).get("contact"));
        assertEquals("vrouw", interviews.get(0).get("gender"), "the frame's category, shared because ticked");

        // content: nothing of the response sits with the sign-ups, and nothing of the sign-ups with the response
        String signups = sql("select string_agg(id || ' ' || contact || ' ' || signed_up_on, ' ') from raffle_entry where study_id = ?1",
                work.study()) + sql("select string_agg(id || ' ' || contact || ' ' || shared || ' ' || signed_up_on, ' ') "
                        + "from interview_entry where study_id = ?1", work.study());
        String responseId = sql("select max(id) from response where study_id = ?1", work.study());
        String accessHash = sql("select max(access_hash) from response where study_id = ?1", work.study());
        assertFalse(signups.contains(accessHash) || signups.contains(token), "no token or its hash with the sign-ups");
        assertFalse(List.of(signups.split(" ")).contains(responseId), "no response id with the sign-ups");
        String answers = sql("select coalesce(string_agg(coalesce(text_value, ''), ' '), '') from answer a join response r "
                + "on a.response_id = r.id where r.study_id = ?1", work.study());
        assertFalse(answers.contains("example.nl") || answers.contains("0612345678"), "no contact with the answers");
    }

    /**
     * A flyer respondent shares the category their answer gives, as the monitor's cells count them: without declared
     * categories, a choice marked missing ("rather not say") is none, so they share unknown.
     */
    @Test
    void aFlyerRespondentSharesTheCategoryTheirAnswerGives() {
        String lead = StudyFixture.account("lead");
        Map<String, Object> study = new HashMap<>(Map.of("name", "Thuis in Maastricht", "organisation", "Gemeente Maastricht",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "interviews", true,
                "dimensions", List.of(Map.of("name", "gender", "question", "geslacht"))));
        String id = StudyFixture.as(lead).contentType(ContentType.JSON).body(study).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        String flyer = Flyers.flyer(StudyFixture.as(lead), id, Map.of("label", "Markt"));
        for (String answer : List.of("x", "zeg_niet")) {
            RespondentSession respondent = Flyers.finish(flyer, Map.of("geslacht", answer));
            Element form = Jsoup.parse(given().get(respondent.path()).asString()).selectFirst("form[action=/signup]");
            assertEquals(303, send(form, Map.of("interview_contact", answer + "@example.nl", "interview_consent", "yes",
                    "share", "gender")).statusCode());
        }
        Map<String, String> shared = new HashMap<>();
        csv(StudyFixture.as(lead).get("/api/studies/" + id + "/interviews/entries.csv").then().statusCode(200).extract()
                .asString()).forEach(r -> shared.put(r.get("contact"), r.get("gender")));
        assertEquals(Map.of("x@example.nl", "x", "zeg_niet@example.nl", "unknown"), shared);
    }

    @Test
    void noSignUpTableHasAColumnThatCouldJoinAResponse() {
        for (String table : List.of("raffle_entry", "interview_entry", "signup_ticket")) {
            List<?> columns = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                    "select column_name || ' ' || data_type from information_schema.columns where table_name = ?1")
                    .setParameter(1, table).getResultList());
            assertFalse(columns.isEmpty(), table + " exists");
            for (Object column : columns) {
                String c = column.toString();
                String name = c.substring(0, c.indexOf(' '));
                assertFalse(name.matches("(?i).*(response|answer|token|invitation|access|person|ref|cell|link|code).*"),
                        table + " has no key of a response: " + c);
                assertFalse(c.contains("timestamp") || c.contains("time "), table + " keeps the day, never the time: " + c);
            }
            List<?> references = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("""
                    select ccu.table_name from information_schema.table_constraints tc
                    join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name
                    where tc.table_name = ?1 and tc.constraint_type = 'FOREIGN KEY'""").setParameter(1, table).getResultList());
            assertEquals(Set.of("study"), new HashSet<>(references.stream().map(Object::toString).toList()),
                    table + " refers to its study only");
        }
    }

    @Test
    void aRefusedSignUpComesBackWithWhatWasTypedInTheRespondentsLanguage() {
        Fieldwork work = fieldwork();
        String ticket = ticket(work.study());
        Response refused = signUp(ticket, "ar", Map.of("raffle_contact", "geen adres", "raffle_consent", "yes",
                "interview_contact", "yonas@example.nl"));
        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("geen adres", page.selectFirst("input[name=raffle_contact]").val(), "what was typed comes back");
        assertEquals("yonas@example.nl", page.selectFirst("input[name=interview_contact]").val());
        assertTrue(page.selectFirst("input[name=raffle_consent]").hasAttr("checked"));
        assertNotNull(page.getElementById("raffle-contact-error"), "the contact is no address or number");
        assertNotNull(page.getElementById("interview-consent-error"), "the interview needs its own consent");
        assertNull(page.getElementById("raffle-consent-error"));
        assertEquals(ticket, page.selectFirst("input[name=ticket]").val(), "the ticket stays usable");
        assertEquals(422, signUp(ticket, "nl", Map.of()).statusCode(), "an empty form is refused, not stored");
        assertEquals(303, signUp(ticket, "nl", Map.of("raffle_contact", "+31 6 1234 5678", "raffle_consent", "yes")).statusCode());
        assertEquals("1", sql("select count(*) from raffle_entry where study_id = ?1", work.study()));
        assertEquals("0", sql("select count(*) from interview_entry where study_id = ?1", work.study()));
    }

    @Test
    void aRaffleDrawIsReproducibleFromItsRecordedSeed() {
        Fieldwork work = fieldwork();
        for (int i = 0; i < 9; i++) {
            assertEquals(303, signUp(ticket(work.study()), "nl", Map.of("raffle_contact", "person" + i + "@example.nl",
                    "raffle_consent", "yes")).statusCode());
        }
        Response draw = work.asLead().contentType(ContentType.JSON).body(Map.of("winners", 3))
                .post("/api/studies/" + work.study() + "/raffle/draws");
        draw.then().statusCode(201);
        long seed = draw.jsonPath().getLong("seed");
        List<Long> winners = draw.jsonPath().getList("drawn.id", Long.class);
        assertEquals(3, winners.size());
        assertEquals(SeededDraw.ALGORITHM, draw.path("algorithm"));
        assertEquals(9, (int) draw.path("entries"));
        List<Long> ids = csv(work.asLead().get("/api/studies/" + work.study() + "/raffle/entries.csv").then().statusCode(200)
                .extract().asString()).stream().map(r -> Long.valueOf(r.get("id"))).toList();
        assertEquals(winners, SeededDraw.draw(ids, 3, seed), "re-running the documented algorithm with the seed gives the same winners");
        assertEquals(String.valueOf(seed), sql("select max(seed) from signup_draw where study_id = ?1", work.study()), "the seed is stored");
        work.asLead().contentType(ContentType.JSON).body(Map.of("winners", 0)).post("/api/studies/" + work.study() + "/raffle/draws")
                .then().statusCode(400);
    }

    @Test
    void theSeededDrawIsAFixedFisherYatesOverSortedIds() {
        List<Long> ids = List.of(50L, 10L, 40L, 20L, 30L);
        assertEquals(SeededDraw.draw(ids, 5, 42L), SeededDraw.draw(List.of(10L, 20L, 30L, 40L, 50L), 5, 42L), "order given does not matter");
        assertEquals(new HashSet<>(ids), new HashSet<>(SeededDraw.draw(ids, 9, 7L)), "more wanted than entries: everyone, once");
        java.util.SplittableRandom r = new java.util.SplittableRandom(42L);
        List<Long> expected = new java.util.ArrayList<>(List.of(10L, 20L, 30L, 40L, 50L));
        for (int i = 0; i < 2; i++) {
            java.util.Collections.swap(expected, i, i + r.nextInt(5 - i));
        }
        assertEquals(expected.subList(0, 2), SeededDraw.draw(ids, 2, 42L), "as the docstring writes it down");
    }

    @Test
    void interviewCandidatesAreDrawnPerCellOfSharedCategories() {
        Fieldwork work = fieldwork();
        for (String gender : List.of("man", "man", "man", "vrouw", "vrouw")) {
            String ticket = ticket(work.study(), "{\"gender\":\"" + gender + "\"}");
            assertEquals(303, signUp(ticket, "nl", Map.of("interview_contact", gender + Math.random() + "@example.nl",
                    "interview_consent", "yes", "share", "gender")).statusCode());
        }
        assertEquals(303, signUp(ticket(work.study(), "{\"gender\":\"x\"}"), "nl", Map.of("interview_contact",
                "private@example.nl", "interview_consent", "yes")).statusCode());
        Response draw = work.asLead().contentType(ContentType.JSON).body(Map.of("per_cell", 1))
                .post("/api/studies/" + work.study() + "/interviews/draws");
        draw.then().statusCode(201);
        List<Map<String, String>> cells = draw.jsonPath().getList("drawn.cell");
        assertEquals(List.of(Map.of("gender", "man"), Map.of("gender", "vrouw"), Map.of()), cells,
                "one from each cell; who shared nothing forms a cell of their own, and x was not shared");
        assertEquals(6, (int) draw.path("entries"));
    }

    @Test
    void onlyTheStudysLeadOrAnAdminExportsAndEveryExportDrawAndDeletionIsLogged() {
        Fieldwork work = fieldwork();
        signUp(ticket(work.study()), "nl", Map.of("raffle_contact", "secret@example.nl", "raffle_consent", "yes"));
        String csv = "/api/studies/" + work.study() + "/raffle/entries.csv";
        StudyFixture.anotherLead().get(csv).then().statusCode(404);
        StudyFixture.fieldworker().get(csv).then().statusCode(403);
        given().get(csv).then().statusCode(401);
        StudyFixture.anotherLead().delete("/api/studies/" + work.study() + "/raffle/entries").then().statusCode(404);
        assertTrue(work.asLead().get(csv).then().statusCode(200).extract().asString().contains("secret@example.nl"));
        SignedIn.asAdmin().get(csv).then().statusCode(200);
        work.asLead().contentType(ContentType.JSON).body(Map.of("winners", 1)).post("/api/studies/" + work.study() + "/raffle/draws")
                .then().statusCode(201);
        assertEquals(1, (int) work.asLead().delete("/api/studies/" + work.study() + "/raffle/entries")
                .then().statusCode(200).extract().path("deleted"));
        assertEquals(0, csv(work.asLead().get(csv).then().statusCode(200).extract().asString()).size(), "nothing left after deletion");

        Response log = work.asLead().get("/api/studies/" + work.study() + "/signups/log");
        log.then().statusCode(200);
        assertFalse(log.asString().contains("secret@example.nl"), "the log never holds contact data");
        List<String> actions = log.jsonPath().getList("action");
        assertEquals(List.of("export", "export", "draw", "delete", "export"), actions);
        assertEquals(work.lead(), log.jsonPath().getString("[0].actor"));
        assertEquals("admin", log.jsonPath().getString("[1].actor"));
        assertEquals(1, log.jsonPath().getInt("[0].entries"), "how many were exported");
        assertEquals(1, log.jsonPath().getInt("[3].entries"), "how many were deleted");
        assertNotNull(log.jsonPath().getString("[0].at"));
    }

    @Test
    void signUpsAreDeletedAutomaticallyAfterTheStudysDayAndThatIsLogged() {
        Fieldwork work = fieldwork();
        signUp(ticket(work.study()), "nl", Map.of("raffle_contact", "late@example.nl", "raffle_consent", "yes",
                "interview_contact", "late@example.nl", "interview_consent", "yes"));
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "update study set signups_delete_after = current_date - 2 where id = ?1").setParameter(1, work.study()).executeUpdate());
        assertEquals(0, csv(work.asLead().get("/api/studies/" + work.study() + "/raffle/entries.csv").then().statusCode(200)
                .extract().asString()).size());
        assertEquals("0", sql("select count(*) from interview_entry where study_id = ?1", work.study()));
        List<Map<String, Object>> log = work.asLead().get("/api/studies/" + work.study() + "/signups/log").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(Map.of("action", "expire", "kind", "raffle", "entries", 1, "actor", "system"), withoutTime(log.get(0)));
        assertEquals(Map.of("action", "expire", "kind", "interviews", "entries", 1, "actor", "system"), withoutTime(log.get(1)));
        // and the thank-you page of a later completion offers nothing any more
        RespondentSession late = RespondentSession.arriving(work.links().get(1)).finish();
        assertNull(Jsoup.parse(given().get(late.path()).asString()).selectFirst("form[action=/signup]"));
    }

    @Test
    void aStudysOwnConsentTextReplacesTheDefaultInItsLanguageOnly() {
        Fieldwork work = fieldwork();
        String consent = "/api/studies/" + work.study() + "/signups/consent";
        work.asLead().contentType(ContentType.JSON).body(Map.of("raffle", Map.of("xx", "tekst"), "loting", Map.of()))
                .put(consent).then().statusCode(400);
        StudyFixture.anotherLead().contentType(ContentType.JSON).body(Map.of()).put(consent).then().statusCode(404);
        work.asLead().contentType(ContentType.JSON).body(Map.of("raffle", Map.of("nl", "Gemeente Maastricht verloot tien bonnen van 20 euro.")))
                .put(consent).then().statusCode(200);
        assertEquals("Gemeente Maastricht verloot tien bonnen van 20 euro.",
                work.asLead().get(consent).then().statusCode(200).extract().path("raffle.nl"));
        String ticket = ticket(work.study());
        Document dutch = Jsoup.parse(signUp(ticket, "nl", Map.of()).asString());
        assertEquals("Gemeente Maastricht verloot tien bonnen van 20 euro.", dutch.selectFirst("label[for=raffle_consent] span").text());
        Document english = Jsoup.parse(signUp(ticket, "en", Map.of()).asString());
        assertTrue(english.selectFirst("label[for=raffle_consent] span").text().startsWith("I want to join the raffle."),
                "a language without the study's own text shows the default");
        assertTrue(english.selectFirst("label[for=interview_consent] span").text().startsWith("The researchers may ask me"));
    }

    @Test
    void theStaffPageDownloadsDrawsAndDeletes() {
        Fieldwork work = fieldwork();
        for (int i = 0; i < 3; i++) {
            signUp(ticket(work.study()), "nl", Map.of("raffle_contact", "page" + i + "@example.nl", "raffle_consent", "yes"));
        }
        Map<String, String> cookies = signedIn(work.lead());
        String page = "/studies/" + work.study() + "/signups";
        Response shown = given().cookies(cookies).get(page);
        shown.then().statusCode(200);
        cookies.putAll(shown.cookies());
        Document document = Jsoup.parse(shown.asString());
        assertTrue(document.getElementById("raffle-count").text().startsWith("3 "), document.getElementById("raffle-count").text());
        String token = document.selectFirst("[name=form_token]").val();
        assertTrue(given().cookies(cookies).get(page + "/raffle.csv").then().statusCode(200).extract().asString()
                .contains("page0@example.nl"));
        Document drawn = Jsoup.parse(given().cookies(cookies).formParam("form_token", token).formParam("number", "2")
                .post(page + "/raffle/draw").then().statusCode(200).extract().asString());
        assertEquals(2, drawn.select("#draw li").size(), "two winners shown");
        assertNotNull(drawn.selectFirst("#draw code"), "with the seed");
        given().cookies(cookies).formParam("form_token", token).formParam("number", "nul").post(page + "/raffle/draw")
                .then().statusCode(422);
        Document deleted = Jsoup.parse(given().cookies(cookies).formParam("form_token", token).post(page + "/raffle/delete")
                .then().statusCode(200).extract().asString());
        assertTrue(deleted.getElementById("raffle-count").text().startsWith("0 "));
        assertEquals(List.of("export", "draw", "delete"), work.asLead().get("/api/studies/" + work.study() + "/signups/log")
                .then().statusCode(200).extract().jsonPath().getList("action"), "the page's actions are logged as the API's");
        Map<String, String> other = signedIn(StudyFixture.account("lead"));
        given().cookies(other).get(page).then().statusCode(404);
    }

    private static Map<String, String> signedIn(String username) {
        Response signIn = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", StudyFixture.PASSWORD).post("/j_security_check");
        return new HashMap<>(signIn.cookies());
    }

    @Test
    void theStudyFormSwitchesTheOffersOnAndOff() {
        Fieldwork work = fieldwork();
        Response signIn = given().redirects().follow(false).formParam("j_username", work.lead())
                .formParam("j_password", StudyFixture.PASSWORD).post("/j_security_check");
        Map<String, String> cookies = new HashMap<>(signIn.cookies());
        Response shown = given().cookies(cookies).get("/studies/" + work.study() + "/edit");
        shown.then().statusCode(200);
        cookies.putAll(shown.cookies());
        Element form = Jsoup.parse(shown.asString()).selectFirst("form[action=/studies/" + work.study() + "/edit]");
        assertTrue(form.selectFirst("input[name=raffle]").hasAttr("checked"), "the form shows the raffle switched on");
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input, select")) {
            boolean unticked = input.attr("type").equals("checkbox") && !input.hasAttr("checked");
            if (input.attr("name").isEmpty() || unticked || input.attr("name").equals("raffle")) {
                continue; // untick the raffle
            }
            fields.computeIfAbsent(input.attr("name"), k -> new java.util.ArrayList<>())
                    .add(input.tagName().equals("select") ? input.select("option[selected]").val() : input.val());
        }
        fields.put("signups_delete_after", List.of("2027-03-01"));
        var post = given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (var field : fields.entrySet()) {
            post = post.formParam(field.getKey(), field.getValue().toArray());
        }
        post.post(form.attr("action")).then().statusCode(303);
        Response study = work.asLead().get("/api/studies/" + work.study());
        assertEquals(false, study.path("raffle"));
        assertEquals(true, study.path("interviews"));
        assertEquals("2027-03-01", study.path("signups_delete_after"));
    }

    private static Map<String, Object> withoutTime(Map<String, Object> row) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.remove("at");
        return copy;
    }

    /** A ticket as a thank-you page hands out, made directly (completing a response for each would take long). */
    private String ticket(String study) {
        return ticket(study, "{\"gender\":\"unknown\"}");
    }

    private String ticket(String study, String categories) {
        String ticket = LinkToken.generate();
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "insert into signup_ticket (ticket_hash, study_id, issued_on, categories) values (?1, ?2, current_date, ?3)")
                .setParameter(1, LinkToken.hash(ticket)).setParameter(2, study).setParameter(3, categories).executeUpdate());
        return ticket;
    }

    private static Response signUp(String ticket, String lang, Map<String, String> fields) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("ticket", ticket).formParam("lang", lang);
        for (var field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        return request.post("/signup");
    }

    /** Sends the page's form as a browser does: its hidden fields and these. */
    private static Response send(Element form, Map<String, String> fields) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Element hidden : form.select("input[type=hidden]")) {
            request = request.formParam(hidden.attr("name"), hidden.val());
        }
        for (var field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        return request.post(form.attr("action"));
    }

    private String sql(String query, String study) {
        return String.valueOf(QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(query)
                .setParameter(1, study).getSingleResult()));
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.stemmen.study;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A research lead's pages, used as in a browser: signed in with the form (session cookie), forms read
 * from the HTML and posted back with their hidden fields, redirects followed. Another lead's study is
 * 404, fieldworkers 403, the signed-out are sent to the sign-in form, and a form posted without its
 * token (from another site) is refused.
 */
@QuarkusTest
class StudyPagesTest {

    private static final String FRAME = """
            ref,name,postcode,email,letter_language,gender,age_band
            P001,Amal Haddad,6211 AB,amal@example.nl,ar,vrouw,30_39
            P002,"Tesfay, Yonas",6212CD,,ti,man,18_29
            P003,Ayşe Yılmaz,6213 EF,ayse@example.nl,,vrouw,40_49
            """;

    /** A browser signed in through the sign-in form: it keeps its cookies and reads pages with jsoup. */
    static final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        Document page;
        int status;
        String path;

        static Browser signedIn(String username, String password) {
            Browser browser = new Browser();
            Response signIn = given().redirects().follow(false).formParam("j_username", username)
                    .formParam("j_password", password).post("/j_security_check");
            browser.cookies.putAll(signIn.cookies());
            assertNotNull(browser.cookies.get("stemmen-staff"), "signed in");
            return browser;
        }

        RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies);
        }

        Browser get(String to) {
            return follow(request().get(to), to);
        }

        /** Submits the page's form {@code selector} with its fields as the page has them, changed by {@code fields}. */
        Browser submit(String selector, Map<String, List<String>> fields) {
            Element form = page.selectFirst(selector);
            assertNotNull(form, selector + " in " + path);
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Element input : form.select("input, select")) {
                String name = input.attr("name");
                if (name.isEmpty() || input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
                    continue;
                }
                String value = input.tagName().equals("select") ? input.select("option[selected]").val() : input.val();
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            values.putAll(fields);
            RequestSpecification post = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
            values.forEach((name, list) -> post.formParam(name, list.toArray()));
            return follow(post.post(form.attr("action")), form.attr("action"));
        }

        Browser upload(String csv) {
            Element form = page.selectFirst("form[enctype=multipart/form-data]");
            return follow(request().multiPart("form_token", form.selectFirst("[name=form_token]").val())
                    .multiPart("file", "frame.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                    .post(form.attr("action")), form.attr("action"));
        }

        private Browser follow(Response response, String at) {
            cookies.putAll(response.cookies());
            if (response.statusCode() == 303) {
                return get(URI.create(response.header("Location")).getRawPath()
                        + (URI.create(response.header("Location")).getRawQuery() == null ? ""
                                : "?" + URI.create(response.header("Location")).getRawQuery()));
            }
            status = response.statusCode();
            path = at;
            page = Jsoup.parse(response.asString());
            return this;
        }

        String text(String selector) {
            Element found = page.selectFirst(selector);
            assertNotNull(found, selector + " in " + path + ":\n" + page.body());
            return found.text();
        }
    }

    private static Browser lead() {
        return Browser.signedIn(StudyFixture.account("lead"), StudyFixture.PASSWORD);
    }

    private static Map<String, List<String>> maastricht() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("name", List.of("Thuis in Maastricht"));
        fields.put("organisation", List.of("Gemeente Maastricht"));
        fields.put("start", List.of("2026-12-01"));
        fields.put("end", List.of("2026-12-21"));
        fields.put("languages", List.of("nl", "ar"));
        fields.put("dimension_name", List.of("gender", "age_band", "", ""));
        fields.put("dimension_question", List.of("geslacht", "", "", ""));
        fields.put("dimension_categories", List.of("man, vrouw, x", "", "", ""));
        fields.put("quota_dimension", List.of("gender", ""));
        fields.put("quota_category", List.of("vrouw", ""));
        fields.put("quota_number", List.of("60", ""));
        return fields;
    }

    /** A lead's new study made through the form; the browser ends on its page. */
    private static String newStudy(Browser lead) {
        lead.get("/studies").get(lead.page.selectFirst("a[href=/studies/new]").attr("href"));
        lead.submit("form", maastricht());
        assertEquals(200, lead.status, lead.page.body().toString());
        return lead.path.substring("/studies/".length());
    }

    @Test
    void aLeadCreatesAStudyThroughTheFormSeesItListedAndEditsIt() {
        Browser lead = lead();
        assertTrue(lead.get("/studies").text("main").contains("Nog geen onderzoeken"));
        assertTrue(lead.get("/").page.selectFirst("a[href=/studies]") != null, "the overview links to the studies");

        String id = newStudy(lead);
        assertEquals("Thuis in Maastricht", lead.text("h1"));
        String facts = lead.text("dl.facts");
        assertTrue(facts.contains("Gemeente Maastricht") && facts.contains("2026-12-01") && facts.contains("vrouw: 60"), facts);
        assertEquals(List.of("/preview/thuis-in-de-stad?lang=nl", "/preview/thuis-in-de-stad?lang=ar"),
                lead.page.select("a[href^=/preview/]").eachAttr("href"));
        assertEquals("/studies/" + id, lead.get("/studies").page.selectFirst("#study-" + id + " a").attr("href"));

        lead.get("/studies/" + id + "/edit");
        assertEquals("Gemeente Maastricht", lead.page.selectFirst("#organisation").val());
        assertEquals("man, vrouw, x", lead.page.select("[name=dimension_categories]").get(0).val());
        assertEquals(List.of("nl", "ar"), lead.page.select("[name=languages][checked]").eachAttr("value"));
        assertEquals("5", lead.page.selectFirst("#minimum_cell").val());
        lead.submit("form", Map.of("name", List.of("Thuis in Maastricht 2027"), "end", List.of("2027-01-10"),
                "minimum_cell", List.of("8")));
        assertEquals("/studies/" + id, lead.path);
        assertTrue(lead.text("dl.facts").contains("8 respondenten"));
        assertEquals("8", lead.get("/studies/" + id + "/edit").page.selectFirst("#minimum_cell").val(), "kept for the next edit");
        lead.submit("form", Map.of());
        assertEquals("Thuis in Maastricht 2027", lead.text("h1"));
        assertTrue(lead.text("dl.facts").contains("2027-01-10"));
        assertTrue(lead.text("dl.facts").contains("vrouw: 60"), "quotas kept through the edit form");
    }

    @Test
    void aRefusedFormComesBackWithEverythingTypedAndEachProblemBesideItsField() {
        Browser lead = lead();
        lead.get("/studies/new");
        Map<String, List<String>> fields = maastricht();
        fields.put("name", List.of(""));
        fields.put("end", List.of("2026-11-01"));
        fields.put("threshold_pp", List.of("veel"));
        fields.put("dimension_name", List.of("gender", "", "Age Band", ""));
        fields.put("dimension_question", List.of("aankomstjaar", "", "", ""));
        fields.put("dimension_categories", List.of("man, vrouw", "", "", ""));
        fields.put("quota_dimension", List.of("gender", "gender"));
        fields.put("quota_category", List.of("vrouw", "onbekend"));
        fields.put("quota_number", List.of("zestig", "5"));
        lead.submit("form", fields);

        assertEquals(422, lead.status);
        assertTrue(lead.page.title().startsWith("Let op"), lead.page.title());
        assertEquals("Gemeente Maastricht", lead.page.selectFirst("#organisation").val());
        assertEquals("2026-11-01", lead.page.selectFirst("#end").val());
        assertEquals("veel", lead.page.selectFirst("#threshold").val());
        assertTrue(lead.page.selectFirst("#name").parent().hasClass("invalid"));
        assertTrue(lead.page.selectFirst("#end").parent().text().contains("ends before it starts"));
        assertTrue(lead.page.selectFirst("#threshold").parent().selectFirst(".error") != null);
        // the blank row is dropped, so the second dimension row is "Age Band", with its own problem
        List<Element> dimensions = lead.page.select(".rows .row:has([name=dimension_name])");
        assertEquals("aankomstjaar", dimensions.get(0).selectFirst("[name=dimension_question]").val());
        assertTrue(dimensions.get(0).text().contains("a dimension needs a select_one"), dimensions.get(0).text());
        assertEquals("Age Band", dimensions.get(1).selectFirst("[name=dimension_name]").val());
        assertTrue(dimensions.get(1).text().contains("a frame column name"), dimensions.get(1).text());
        List<Element> quotas = lead.page.select(".rows .row:has([name=quota_number])");
        assertEquals("zestig", quotas.get(0).selectFirst("[name=quota_number]").val());
        assertTrue(quotas.get(0).text().contains("a number of completes"), quotas.get(0).text());
        assertTrue(quotas.get(1).text().contains("not a category of 'gender'"), quotas.get(1).text());
        assertEquals(List.of("nl", "ar"), lead.page.select("[name=languages][checked]").eachAttr("value"));

        // fixed, it saves
        lead.submit("form", Map.of("name", List.of("Thuis in Maastricht"), "end", List.of("2026-12-21"),
                "threshold_pp", List.of("2,5"), "dimension_name", List.of("gender", "age_band", "", "", ""),
                "dimension_question", List.of("geslacht", "", "", "", ""),
                "dimension_categories", List.of("man, vrouw, x", "", "", "", ""),
                "quota_number", List.of("60", "5", "", "", ""), "quota_category", List.of("vrouw", "x", "", "", "")));
        assertEquals(200, lead.status, lead.page.body().toString());
        assertTrue(lead.text("dl.facts").contains("2,5 procentpunten"), lead.text("dl.facts"));
    }

    @Test
    void aFrameIsPreviewedThenImportedAndInvitationsAreMadeAndDownloadedFromThePages() throws IOException {
        Browser lead = lead();
        String id = newStudy(lead);
        assertEquals("0 personen in het laatste bestand. 0 people in the latest file.", lead.text("#frame-size"));

        lead.get("/studies/" + id + "/frame").upload(FRAME.replace("P003,Ayşe Yılmaz,6213 EF,ayse@example",
                "P003,Ayşe Yılmaz,6213 EF,ayse@@example"));
        assertEquals(422, lead.status, "a refused file");
        assertTrue(lead.text(".problems").contains("line 4"), lead.text(".problems"));

        lead.upload(FRAME);
        assertEquals(200, lead.status);
        String preview = lead.path;
        assertTrue(preview.startsWith("/studies/" + id + "/frame/"), preview);
        assertEquals("3 nieuw · new", lead.text("#added"));
        assertEquals("0 ongewijzigd · unchanged", lead.text("#unchanged"));
        assertTrue(lead.text("main").contains("vrouw: 2"), "subgroup categories found");
        assertTrue(lead.text("main").contains("age_band"));
        assertEquals(0, lead.get("/studies/" + id).page.select("#frame-size").text().indexOf("0 personen"), "nothing stored yet");

        lead.get(preview);
        lead.submit("form[action^=/studies/" + id + "/frame/]", Map.of());
        assertEquals("/studies/" + id, lead.path.replaceAll("\\?.*", ""));
        assertTrue(lead.text("main").contains("Steekproefkader ingelezen: 3 nieuw"), lead.text("main"));
        assertTrue(lead.text("#frame-size").startsWith("3 personen"));
        assertTrue(lead.text("main").contains("vrouw: 2"));
        assertEquals(410, lead.get(preview).status, "the kept file is gone once imported");

        lead.get("/studies/" + id).submit("form[action$=/invitations]", Map.of());
        assertTrue(lead.text("main").contains("3 uitnodigingen gemaakt"), lead.text("main"));
        assertTrue(lead.text("#invitations").startsWith("3 uitnodigingen"));
        String href = lead.page.selectFirst("a[href$=invitations.csv]").attr("href");
        Response csv = lead.request().get(href);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").contains("attachment"));
        assertEquals("no-store", csv.header("Cache-Control"), "personal links stay out of caches");
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        assertEquals(List.of("P001", "P002", "P003"), lines.stream().map(r -> r.get("ref")).toList());
        assertTrue(lines.get(0).get("link").contains("/s/"));
    }

    @Test
    void anotherLeadGets404FieldworkersGet403AndTheSignedOutTheSignInForm() {
        Browser owner = lead();
        String id = newStudy(owner);
        Browser other = lead();
        for (String page : List.of("/studies/" + id, "/studies/" + id + "/edit", "/studies/" + id + "/frame",
                "/studies/" + id + "/invitations.csv", "/studies/" + id + "/frame/0123456789abcdef0123456789abcdef")) {
            assertEquals(404, other.get(page).status, page);
        }
        other.get("/studies/new");
        String token = other.page.selectFirst("[name=form_token]").val();
        assertEquals(404, other.request().formParam("form_token", token).post("/studies/" + id + "/invitations").statusCode());
        assertEquals(404, other.request().formParam("form_token", token).formParam("name", "x")
                .post("/studies/" + id + "/edit").statusCode());
        assertTrue(other.get("/studies").page.select("#study-" + id).isEmpty(), "not listed for another lead");

        Browser fieldworker = Browser.signedIn(StudyFixture.account("fieldworker"), StudyFixture.PASSWORD);
        assertEquals(200, fieldworker.get("/studies").status);
        assertTrue(fieldworker.page.select("a[href=/studies/new]").isEmpty());
        assertEquals(403, fieldworker.get("/studies/new").status);
        assertEquals(403, fieldworker.get("/studies/" + id + "/edit").status);

        for (String page : List.of("/studies", "/studies/new", "/studies/" + id, "/studies/" + id + "/frame")) {
            Response anonymous = given().redirects().follow(false).get(page);
            assertEquals(302, anonymous.statusCode(), page);
            assertTrue(anonymous.header("Location").endsWith("/login"), anonymous.header("Location"));
        }
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedAndNothingChanges() {
        Browser lead = lead();
        String id = newStudy(lead);
        // another site can make the browser post with its cookies, but cannot know the token
        Response forged = lead.request().formParam("name", "Overgenomen").post("/studies/" + id + "/edit");
        assertEquals(403, forged.statusCode());
        assertEquals(403, lead.request().formParam("form_token", "AAAAAAAAAAAAAAAAAAAAAA").post("/studies/" + id + "/invitations")
                .statusCode());
        assertEquals(403, lead.request().multiPart("file", "frame.csv", FRAME.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/studies/" + id + "/frame").statusCode());
        assertEquals("Thuis in Maastricht", lead.get("/studies/" + id).text("h1"));
        assertEquals("0 uitnodigingen. 0 invitations.", lead.text("#invitations"));
    }
}

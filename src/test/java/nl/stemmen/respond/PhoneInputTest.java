package nl.stemmen.respond;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Answers as phones really send them, over HTTP against the real database, on the questionnaire
 * {@code src/test/resources/invoer}: hidden questions in later conditions, numbers with grouping
 * and decimal marks, dates in another calendar, line breaks, control characters, malformed and
 * oversized forms, pages submitted out of turn. Nothing of it may give a 500, be lost, or be stored wrong.
 */
@QuarkusTest
@TestProfile(PhoneInputTest.Invoer.class)
class PhoneInputTest {

    private static final String INVOER = "invoer";

    public static class Invoer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.questionnaires-dir", "src/test/resources/invoer/questionnaires",
                    "stemmen.catalog.translations-dir", "src/test/resources/invoer/translations");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 1. A hidden question is blank for later conditions
    // ---------------------------------------------------------------------------------------------

    @Test
    void withoutACarTheQuestionAfterTheHiddenBrandIsAsked() {
        RespondentSession s = RespondentSession.preview(INVOER, "nl");
        s.next("auto", "nee");
        assertEquals("merk_p", s.pageName(), "merk is hidden, so ${merk} = '' holds and vervoer is asked");
        assertEquals(List.of("vervoer"), s.questions());
        s.next("vervoer", "Met de fiets");
        assertEquals("getallen", s.pageName());
        assertEquals("Met de fiets", s.storedAnswers().get("vervoer"));
        assertFalse(s.storedAnswers().containsKey("merk"));
    }

    @Test
    void withACarTheBrandIsAskedAndTheQuestionAfterItWaits() {
        RespondentSession s = RespondentSession.preview(INVOER, "nl");
        s.next("auto", "ja");
        assertEquals(List.of("merk"), s.questions());
        s.next("merk", "Fiat");
        assertEquals("getallen", s.pageName());
    }

    // ---------------------------------------------------------------------------------------------
    // 2. Grouping separators are not decimal marks
    // ---------------------------------------------------------------------------------------------

    @Test
    void aDutchPageReadsTheCommaAsDecimalAndRefusesAnAmbiguousPoint() {
        RespondentSession s = toNumbers("nl");
        s.next("huur", "1.250", "kinderen", "2");
        assertEquals(422, s.lastStatus);
        assertEquals("Bedoelt u een heel getal of een getal met een komma? Typ een heel getal zonder punt of komma, "
                + "bijvoorbeeld 1250. Typ een getal met cijfers achter de komma zo: 12,5.", s.error("huur"));
        assertEquals(List.of("1.250"), s.prefilled().get("huur"), "what was typed comes back");
        assertFalse(s.storedAnswers().containsKey("huur"));

        s.next("huur", "1.250,50", "kinderen", "2");
        assertEquals("tekst", s.pageName());
        assertEquals(1250.5f, ((Number) s.storedAnswers().get("huur")).floatValue());
    }

    @Test
    void anEnglishPageRefusesARentWrittenTheDutchWayInsteadOfStoringAThousandTimesLess() {
        RespondentSession s = toNumbers("en");
        s.next("huur", "1.250");
        assertEquals(422, s.lastStatus, "1.250 is 1250 on a Dutch rent letter and 1.25 in English: asked, never guessed");
        assertEquals("Do you mean a whole number or a decimal? Type a whole number without a point or comma, "
                + "for example 1250. Type a decimal like this: 12.5.", s.error("huur"));
        s.next("huur", "1,250");
        assertEquals(422, s.lastStatus);
        s.next("huur", "1,250.50");
        assertEquals("tekst", s.pageName());
        assertEquals(1250.5f, ((Number) s.storedAnswers().get("huur")).floatValue());
    }

    @Test
    void aStoredNumberComesBackAndIsKeptAsItIs() {
        RespondentSession s = toNumbers("nl");
        s.next("huur", "1,1250");
        assertEquals("tekst", s.pageName());
        s.back();
        assertEquals("getallen", s.pageName());
        // Next again with the form as shown, whatever way the page writes the stored 1.125
        s.next(s.prefilled().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
        assertEquals("tekst", s.pageName(), s.page.select("p.error").text());
        assertEquals(1.125f, ((Number) s.storedAnswers().get("huur")).floatValue());
    }

    @Test
    void aNumberTooLargeSaysSo() {
        RespondentSession s = toNumbers("nl");
        s.next("kinderen", "1234567890123456");
        assertEquals(422, s.lastStatus);
        assertEquals("Dit getal is te groot. Gebruik niet meer dan 15 cijfers.", s.error("kinderen"));
    }

    // ---------------------------------------------------------------------------------------------
    // 6. Dates in other calendars; 9. year 0000
    // ---------------------------------------------------------------------------------------------

    @Test
    void aPersianDateIsRefusedSayingWhichCalendarIsMeant() {
        RespondentSession s = toNumbers("fa");
        s.next("aankomst", "۱۴۰۳-۰۱-۰۱");
        assertEquals(422, s.lastStatus);
        assertTrue(s.error("aankomst").contains("میلادی"), s.error("aankomst"));
        assertTrue(s.error("aankomst").contains("شمسی"), "says the Persian calendar is not supported: " + s.error("aankomst"));
        assertFalse(s.storedAnswers().containsKey("aankomst"));
    }

    @Test
    void yearZeroIsNotStoredAsOneBeforeChrist() {
        RespondentSession s = toNumbers("nl");
        s.next("aankomst", "0000-03-21");
        assertEquals(422, s.lastStatus);
        assertEquals("Typ de datum volgens de westerse kalender, bijvoorbeeld 21-03-2024.", s.error("aankomst"));
        s.next("aankomst", "2021-03-21");
        assertEquals("2021-03-21", s.storedAnswers().get("aankomst"));
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Line breaks count once; 9. control characters
    // ---------------------------------------------------------------------------------------------

    @Test
    void aTextTheBrowserLetThroughIsAcceptedWithItsLineBreaksStoredOnce() {
        RespondentSession s = toText();
        // 100 lines: 1999 characters for the browser's maxlength, 2098 as sent with CRLF
        String sent = String.join("\r\n", Collections.nCopies(100, "x".repeat(19)));
        s.next("verhaal", sent, "motto", "Samen\r\nsterk in stad!");
        assertEquals("slot", s.pageName(), s.page.select("p.error").text());
        Map<String, Object> stored = s.storedAnswers();
        assertEquals(String.join("\n", Collections.nCopies(100, "x".repeat(19))), stored.get("verhaal"));
        assertEquals("Samen\nsterk in stad!", stored.get("motto"), "20 characters with one line break");
    }

    @Test
    void aNulByteInATextIsDroppedNotA500() {
        RespondentSession s = toText();
        s.next("verhaal", "Goed\u0000 zo\u0007", "motto", "\u0000");
        assertEquals("slot", s.pageName());
        assertEquals("Goed zo", s.storedAnswers().get("verhaal"));
        assertEquals("unanswered", s.storedAnswers().get("motto"));
    }

    // ---------------------------------------------------------------------------------------------
    // 9. Forms no browser of ours sends: never a 500, nothing stored wrong
    // ---------------------------------------------------------------------------------------------

    @Test
    void aMalformedPercentEncodingIsNotA500() {
        RespondentSession s = toText();
        String action = s.page.selectFirst("form").attr("action");
        for (String body : List.of("_shown=verhaal&_action=next&verhaal=%G1", "_shown=verhaal&verhaal=%", "verhaal=%E0%A4%A",
                "%ZZ=1", "_shown=%FF%FE&_action=next")) {
            Response response = given().redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body).post(action);
            assertTrue(response.statusCode() < 500, body + " gave " + response.statusCode());
        }
        // the page comes back with what could be read, as typed
        Response typed = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("_shown=verhaal+motto+talen+tevreden&_action=next&verhaal=100%G1&motto=" + "x".repeat(30)).post(action);
        assertEquals(422, typed.statusCode());
        assertEquals("100%G1", org.jsoup.Jsoup.parse(typed.asString()).getElementById("q-verhaal").text());
        s.open();
        assertEquals("tekst", s.pageName());
        assertEquals("%", s.storedAnswers().get("verhaal"), "a lone % is kept as typed");
    }

    @Test
    void malformedAddressesAreNotA500() throws IOException {
        RespondentSession s = toText();
        String page = s.page.selectFirst("form").attr("action");
        for (String address : List.of("/preview/invoer?lang=%G1", "/preview/%G1", "/r/%G1", "/r/" + s.token + "/p/%G1",
                "/r/" + s.token + "/p/tekst/added%", "/r/" + s.token + "/done?x=%", page + "?lang=%G1&x=%")) {
            int status = raw("GET " + address, "");
            assertTrue(status > 0 && status < 500, address + " gave " + status);
        }
        String form = "Content-Type: application/x-www-form-urlencoded\r\n";
        assertTrue(raw("POST " + page + "?a=%G1", form + "\r\n_action=next") < 500, "malformed query of a POST");
        assertTrue(raw("POST " + page, "Content-Type: text/plain\r\n\r\n%G1") < 500, "text/plain");
        assertTrue(raw("POST " + page, form + "\r\n") < 500, "an empty body");
        assertTrue(raw("POST " + page, form + "\r\n_shown=verhaal&verhaal=\u00ff\u00fe%C3") < 500, "bytes that are no UTF-8");
    }

    /** The status of a request sent as raw bytes, as no well-behaved HTTP client would build it. */
    private static int raw(String requestLine, String headersAndBody) throws IOException {
        int split = headersAndBody.indexOf("\r\n\r\n");
        String headers = split < 0 ? headersAndBody : headersAndBody.substring(0, split + 2);
        String body = split < 0 ? "" : headersAndBody.substring(split + 4);
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void garbageInTheFormComesBackAsThePageWithNothingStoredWrong() {
        RespondentSession s = toText();
        String action = s.page.selectFirst("form").attr("action");
        // values that are no choice, a select_one twice, a _shown naming questions that do not exist
        assertEquals(422, s.post(Map.of("_shown", List.of("verhaal motto talen tevreden"), "_action", List.of("next"),
                "talen", List.of("nl", "klingon"), "tevreden", List.of("ja", "nee"))).statusCode());
        assertTrue(s.post(Map.of("_shown", List.of("nergens <script> \u0000 ../.."), "_action", List.of("next"),
                "verhaal", List.of("x"))).statusCode() < 500);
        // a 10 MB text
        Response huge = s.post(Map.of("_shown", List.of("verhaal"), "_action", List.of("next"),
                "verhaal", List.of("x".repeat(10_000_000))));
        assertTrue(huge.statusCode() < 500, "10 MB gave " + huge.statusCode());
        // thousands of fields
        Map<String, List<String>> many = new java.util.LinkedHashMap<>();
        many.put("_shown", List.of("verhaal talen"));
        many.put("talen", Collections.nCopies(5000, "nl"));
        for (int i = 0; i < 5000; i++) {
            many.put("veld" + i, List.of("waarde"));
        }
        assertTrue(s.post(many).statusCode() < 500);
        // pages that do not exist, or have odd names
        for (String page : List.of("bestaat_niet", "..%2F..", "%00", "x".repeat(500))) {
            Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .body("_action=next").post(action.replace("/p/tekst", "/p/" + page));
            assertTrue(r.statusCode() < 500, page + " gave " + r.statusCode());
            assertTrue(given().redirects().follow(false).get(action.replace("/p/tekst", "/p/" + page)).statusCode() < 500);
        }
        assertTrue(s.post(Map.of("_action", List.of("back"), "_lang", List.of("xx"))).statusCode() < 500);
        s.open();
        assertEquals("getallen", s.pageName(), "Back, the unknown language ignored");
        Map<String, Object> stored = s.storedAnswers();
        assertEquals(List.of("nl"), stored.get("talen"), "no choice that does not exist, one row for 5000 repeats");
        assertFalse(stored.containsKey("tevreden"), stored.toString());
        assertNotEquals("x".repeat(10_000_000), stored.get("verhaal"));
        assertTrue(stored.keySet().stream().noneMatch(v -> v.startsWith("veld")));
    }

    // ---------------------------------------------------------------------------------------------
    // 5. A response completes only when everything that applies is answered
    // ---------------------------------------------------------------------------------------------

    @Test
    void sendingTheLastPageOfAFreshResponseLeadsToTheFirstMissingAnswer() {
        RespondentSession s = RespondentSession.preview(INVOER, "nl");
        String last = s.page.selectFirst("form").attr("action").replace("/p/vervoer_p", "/p/slot");
        Response response = s.post(last, Map.of("_shown", List.of("nog_iets"), "_action", List.of("next"),
                "nog_iets", List.of("nee")));
        assertEquals(303, response.statusCode());
        s.go(relative(response.header("Location")));
        assertEquals("vervoer_p", s.pageName(), "a page ahead is not submitted: back to the current page");
        assertEquals("in_progress", s.stored().getString("status"));
        assertFalse(s.storedAnswers().containsKey("nog_iets"), "nothing from a page ahead is stored");
    }

    @Test
    void sendWithARequiredAnswerMissingShowsWhereAndCompletesOnlyWhenGiven() {
        RespondentSession s = RespondentSession.preview(INVOER, "nl");
        s.next("auto", "nee");
        s.next("vervoer", "Bus");
        s.next();
        s.next();
        assertEquals("slot", s.pageName());
        // a response saved without its required first answer, as the old Stemmen let a POST of the last page do
        long id = s.stored().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> StoredAnswer.deleteVariables(id, List.of("auto")));
        s.next("nog_iets", "nee");

        assertEquals("vervoer_p", s.pageName());
        assertTrue(s.path.endsWith("/incomplete"), s.path);
        assertEquals("Uw antwoorden zijn nog niet verstuurd: één vraag heeft nog een antwoord nodig.",
                s.page.selectFirst(".summary h2").text());
        assertEquals("Beantwoord deze vraag.", s.error("auto"));
        assertEquals("in_progress", s.stored().getString("status"));
        assertEquals("nee", s.storedAnswers().get("nog_iets"), "the last page's answer is kept");

        s.next("auto", "nee");
        while (!s.path.endsWith("/done")) {
            assertEquals(200, s.lastStatus, s.path);
            s.next(s.prefilled().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
        }
        assertEquals("completed", s.stored().getString("status"));
    }

    // ---------------------------------------------------------------------------------------------

    /** A new response, on page getallen. */
    private static RespondentSession toNumbers(String language) {
        RespondentSession s = RespondentSession.preview(INVOER, language);
        s.next("auto", "nee");
        s.next("vervoer", "Bus");
        assertEquals("getallen", s.pageName());
        return s;
    }

    private static RespondentSession toText() {
        RespondentSession s = toNumbers("nl");
        s.next();
        assertEquals("tekst", s.pageName());
        return s;
    }

    private static String relative(String location) {
        int start = location.indexOf("/", location.indexOf("//") + 2);
        return location.startsWith("/") ? location : location.substring(start);
    }
}

package nl.stemmen.respond;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.path.json.JsonPath;
import nl.stemmen.access.SignedIn;
import io.restassured.response.Response;

/**
 * A respondent on a phone, driven over HTTP: opens a link, reads the page as HTML, fills in and
 * submits forms the way a browser does (buttons, hidden fields) and follows the redirects.
 */
public final class RespondentSession {

    final String token;
    String path;
    Document page;
    int lastStatus;

    private RespondentSession(String token) {
        this.token = token;
    }

    /** A respondent who arrives at {@code path} (a personal link, a code's redirect) and lands on their response. */
    public static RespondentSession arriving(String path) {
        Response arrival = given().redirects().follow(false).get(path);
        assertEquals(303, arrival.statusCode(), "should lead to a response: " + path);
        String location = arrival.header("Location");
        RespondentSession session = new RespondentSession(location.substring(location.lastIndexOf("/r/") + 3));
        session.open();
        return session;
    }

    /** A respondent whose response a form just started: {@code location} is its redirect to {@code /r/<token>}. */
    public static RespondentSession startedAt(String location) {
        RespondentSession session = new RespondentSession(location.substring(location.lastIndexOf("/r/") + 3));
        session.open();
        return session;
    }

    /** The person of personal link {@code link} (/s/<token>) opens it and withdraws through the pages: their answers go, the link answers 410. */
    public static void withdraw(String link) {
        String token = link.substring(3);
        given().redirects().follow(false).get(link).then().statusCode(303);
        Document later = Jsoup.parse(given().get("/r/" + token + "/later").then().statusCode(200).extract().asString());
        Document confirm = Jsoup.parse(given().get(later.selectFirst(".stop a").attr("href")).then().statusCode(200)
                .extract().asString());
        given().post(confirm.selectFirst("form").attr("action")).then().statusCode(410);
    }

    /**
     * Answers every page as briefly as it allows, as someone in a hurry would: the first option of
     * every choice (never "I don't understand"), text and numbers only where a page insists (a
     * year, then 1), and Next until the thank-you page.
     */
    public RespondentSession finish() {
        return finish(Map.of());
    }

    /** As {@link #finish()}, but choosing {@code chosen}'s option for each input named there when a page shows it. */
    public RespondentSession finish(Map<String, String> chosen) {
        for (int pages = 0; pages < 60 && path.contains("/p/"); pages++) {
            Map<String, List<String>> answers = new LinkedHashMap<>();
            for (Element option : page.select("form input[type=radio], form input[type=checkbox]")) {
                if (!option.val().startsWith("_")) {
                    String name = option.attr("name");
                    answers.putIfAbsent(name, List.of(chosen.getOrDefault(name, option.val())));
                }
            }
            for (Element field : page.select("form input[type=text][aria-invalid], form input[type=date][aria-invalid]")) {
                String tried = field.val();
                answers.put(field.attr("name"), List.of(field.attr("type").equals("date") ? "01-01-2020"
                        : tried.equals("2020") ? "1" : "2020"));
            }
            Object[] form = answers.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                    .toArray();
            next(form);
        }
        assertTrue(path.endsWith("/done"), "reached the thank-you page, not " + path);
        return this;
    }

    /** The address shown now, e.g. {@code /r/<token>/done}. */
    public String path() {
        return path;
    }

    public static RespondentSession preview(String questionnaire, String language) {
        Response start = SignedIn.asAdmin().redirects().follow(false).get("/preview/" + questionnaire + "?lang=" + language);
        assertEquals(303, start.statusCode(), "preview should start a response");
        String location = start.header("Location");
        RespondentSession session = new RespondentSession(location.substring(location.lastIndexOf("/r/") + 3));
        session.open();
        return session;
    }

    /** Opens the response's link, as when coming back days later. */
    RespondentSession open() {
        return go("/r/" + token);
    }

    RespondentSession go(String to) {
        String target = to;
        for (int hops = 0; hops < 5; hops++) {
            Response response = given().redirects().follow(false).get(target);
            if (response.statusCode() == 303) {
                target = relative(response.header("Location"));
                continue;
            }
            lastStatus = response.statusCode();
            path = target;
            page = Jsoup.parse(response.asString());
            return this;
        }
        throw new AssertionError("too many redirects from " + to);
    }

    /** The name of the page shown now (the last part of its address). */
    public String pageName() {
        return path.substring(path.lastIndexOf("/p/") + 3).replace("/added", "").replace("/incomplete", "");
    }

    /** The questions in the page's HTML, by the names of their inputs. */
    List<String> questions() {
        return Arrays.stream(page.selectFirst("input[name=_shown]").val().split(" ")).filter(s -> !s.isEmpty()).toList();
    }

    /** Names of every answer input in the page. */
    List<String> inputNames() {
        return page.select("form input:not([type=hidden]), form textarea").stream().map(e -> e.attr("name")).distinct().toList();
    }

    /** What the form would send as it stands (pre-filled values and checked options). */
    Map<String, List<String>> prefilled() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element input : page.select("form input:not([type=hidden]), form textarea")) {
            String type = input.attr("type");
            boolean checkable = type.equals("radio") || type.equals("checkbox");
            if (checkable && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.text() : input.val();
            if (!checkable && value.isEmpty()) {
                continue;
            }
            values.computeIfAbsent(input.attr("name"), k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** Submits the page with Next and these answers (name, value, …; a List sends several), as a browser does. */
    public RespondentSession next(Object... nameValues) {
        return submit("_action", "next", nameValues);
    }

    public RespondentSession back() {
        return submit("_action", "back");
    }

    public RespondentSession switchLanguage(String language, Object... nameValues) {
        return submit("_lang", language, nameValues);
    }

    /** Submits the page's form with the given answers; a List value sends several (select_multiple). */
    public RespondentSession submit(String button, String buttonValue, Object... nameValues) {
        Response response = post(form(button, buttonValue, nameValues));
        if (response.statusCode() == 303) {
            return go(relative(response.header("Location")));
        }
        lastStatus = response.statusCode();
        page = Jsoup.parse(response.asString());
        return this;
    }

    Map<String, List<String>> form(String button, String buttonValue, Object... nameValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        // every hidden field goes along, as a browser sends them
        page.select("form input[type=hidden]").forEach(hidden -> form.put(hidden.attr("name"), List.of(hidden.val())));
        form.put(button, List.of(buttonValue));
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            List<String> values = new ArrayList<>();
            if (value instanceof List<?> list) {
                list.forEach(v -> values.add(v.toString()));
            } else {
                values.add(value.toString());
            }
            form.put(nameValues[i].toString(), values);
        }
        return form;
    }

    Response post(Map<String, List<String>> form) {
        return post(page.selectFirst("form").attr("action"), form);
    }

    Response post(String action, Map<String, List<String>> form) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (var entry : form.entrySet()) {
            for (String value : entry.getValue()) {
                request = request.formParam(entry.getKey(), value);
            }
        }
        return request.post(action);
    }

    /** The values of the options (radio buttons, check boxes) the page offers for input {@code name}, in page order. */
    public List<String> offered(String name) {
        return page.select("form input[name=" + name + "]").stream()
                .filter(e -> e.attr("type").equals("radio") || e.attr("type").equals("checkbox")).map(Element::val).toList();
    }

    /** The page's text as a reader sees it. */
    public String text() {
        return page.text();
    }

    String error(String question) {
        Element error = page.getElementById("q-" + question + "-error");
        return error == null ? null : error.text();
    }

    /** The stored response as the JSON API gives it. */
    public JsonPath stored() {
        return SignedIn.asAdmin().get("/api/responses/link/" + token).then().statusCode(200).extract().jsonPath();
    }

    /** Stored answers by variable: the text/number/date value, or the status when not answered. */
    public Map<String, Object> storedAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Map<String, Object>> rows = stored().getList("answers");
        for (Map<String, Object> row : rows) {
            Object value = !"answered".equals(row.get("status")) ? row.get("status")
                    : row.get("number") != null ? row.get("number")
                    : row.get("date") != null ? row.get("date") : row.get("text");
            if ("select_multiple".equals(row.get("type"))) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) answers.computeIfAbsent((String) row.get("variable"), k -> new ArrayList<>());
                list.add(value);
            } else {
                answers.put((String) row.get("variable"), value);
            }
        }
        return answers;
    }

    private static String relative(String location) {
        int start = location.indexOf("/", location.indexOf("//") + 2);
        return location.startsWith("/") ? location : location.substring(start);
    }
}

package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.stemmen.study.StudyFixture;

/**
 * QR flyers (issue 16): made through the API with a short typeable code, opened on a phone at
 * {@code /f/<code>} (language choice with Open Graph tags, then a response of channel flyer), counted
 * per flyer, shared by a text per language, closed after their end date or maximum, and a phone that
 * completed one asked before it starts another.
 */
@QuarkusTest
class FlyerTest {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 13; SM-A136B) AppleWebKit/537.36 Mobile Safari/537.36";

    @Test
    void aFlyerHasAShortTypeableCodeAndItsLinkStartsAFlyerResponse() {
        StudyFixture study = StudyFixture.create();
        JsonPath made = study.lead().contentType(ContentType.JSON).body(Map.of("label", "Bibliotheek Centrum",
                "partner", "Vluchtelingenwerk", "kind", "location")).post(study.path() + "/flyers")
                .then().statusCode(201).extract().jsonPath();
        String code = made.getString("code");
        assertTrue(code.matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}"), "no 0/O, 1/I/L: " + code);
        assertTrue(made.getString("link").endsWith("/f/" + code), made.getString("link"));

        // typed in lower case, it leads to the flyer's own address
        Response lower = given().redirects().follow(false).get("/f/" + code.toLowerCase());
        assertEquals(301, lower.statusCode());
        assertTrue(lower.header("Location").endsWith("/f/" + code), lower.header("Location"));

        Document page = Jsoup.parse(given().header("User-Agent", PHONE).get("/f/" + code).then().statusCode(200).extract().asString());
        assertEquals("Thuis in de stad", page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("nl_NL", page.selectFirst("meta[property=og:locale]").attr("content"));
        assertTrue(page.select("meta[property=og:locale:alternate]").eachAttr("content").contains("ar_AR"));
        String image = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(image.endsWith("/f/" + code + "/qr.png"), image);
        byte[] png = given().get(Flyers.path(image)).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(page.select("ul.choose a[href=?lang=ar]").size() == 1, "offers the study's languages");
        assertEquals(page.select("ul.choose a").eachAttr("lang"), page.select("h1 > [lang]").eachAttr("lang"),
                "and asks to choose in each of them");

        // shown in Arabic for a shared Arabic text's link: the preview speaks Arabic too
        Document arabic = Jsoup.parse(given().header("User-Agent", "WhatsApp/2.23.20.0").get("/f/" + code + "?hl=ar")
                .then().statusCode(200).extract().asString());
        assertEquals("ar_AR", arabic.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"));

        Response start = Flyers.start(code, "nl");
        assertTrue(start.header("Location").contains("/r/"));
        assertTrue(start.header("Set-Cookie").contains("Path=/f/" + code), start.header("Set-Cookie"));
        Flyers.finish(code, Map.of());

        JsonPath list = study.lead().get(study.path() + "/flyers").then().statusCode(200).extract().jsonPath();
        assertEquals(1, list.getList("$").size());
        assertEquals(code, list.getString("[0].code"));
        assertEquals("Bibliotheek Centrum", list.getString("[0].label"));
        assertEquals("Vluchtelingenwerk", list.getString("[0].partner"));
        assertEquals("location", list.getString("[0].kind"));
        assertEquals(1, list.getInt("[0].opens"), "the phone's visit; the link previewer's is no person");
        assertEquals(1, list.getInt("[0].starts"), "one of two responses saved a page");
        assertEquals(1, list.getInt("[0].completes"));
        assertEquals(1, list.getInt("[0].today.completes"));

        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(2, monitor.getInt("channels.flyer.opened"), "both responses the flyer started");
        assertEquals(1, monitor.getInt("channels.flyer.completed"));
    }

    @Test
    void aFlyerNeedsALabelAndSensibleLimitsAndOnlyItsLeadMakesOrSeesThem() {
        StudyFixture study = StudyFixture.create();
        JsonPath refused = study.lead().contentType(ContentType.JSON).body(Map.of("partner", "x"))
                .post(study.path() + "/flyers").then().statusCode(422).extract().jsonPath();
        assertEquals("label", refused.getString("problems[0].field"));
        JsonPath wrong = study.lead().contentType(ContentType.JSON).body(Map.of("label", "Markt", "kind", "market",
                "max_completes", 0)).post(study.path() + "/flyers").then().statusCode(422).extract().jsonPath();
        assertEquals(List.of("kind", "max_completes"), wrong.getList("problems.field"));
        study.lead().contentType(ContentType.JSON).body("{\"label\": \"Markt\", \"ends\": \"31-12-2026\"}")
                .post(study.path() + "/flyers").then().statusCode(400);
        assertEquals(0, study.lead().get(study.path() + "/flyers").then().statusCode(200).extract().jsonPath().getList("$").size());

        StudyFixture.anotherLead().contentType(ContentType.JSON).body(Map.of("label", "Markt"))
                .post(study.path() + "/flyers").then().statusCode(404);
        StudyFixture.fieldworker().contentType(ContentType.JSON).body(Map.of("label", "Markt"))
                .post(study.path() + "/flyers").then().statusCode(403);
        given().get("/f/ZZZZZZ").then().statusCode(404);
        given().get("/f/ZZZZZZ/qr.png").then().statusCode(404);
        given().get("/f/0OIL1").then().statusCode(404);
    }

    @Test
    void aShareTextPerStudyLanguageLinksToTheFlyerInThatLanguage() {
        StudyFixture study = StudyFixture.create();
        String code = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Moskee Noord"));
        JsonPath share = study.lead().get(study.path() + "/flyers/" + code + "/share").then().statusCode(200).extract().jsonPath();
        assertEquals(code, share.getString("code"));
        Map<String, String> texts = share.getMap("texts");
        assertEquals(List.of("nl", "en", "ar", "tr", "fa", "ti"), List.copyOf(texts.keySet()));
        assertTrue(texts.get("nl").startsWith("Wilt u meedoen aan ons onderzoek?"), texts.get("nl"));
        assertTrue(texts.get("ar").contains("/f/" + code + "?hl=ar"), texts.get("ar"));
        assertTrue(texts.get("ar").contains("الاستبيان"), texts.get("ar"));
        assertTrue(texts.get("tr").contains("Anketi"), texts.get("tr"));
        study.lead().get(study.path() + "/flyers/ZZZZZZ/share").then().statusCode(404);
        StudyFixture.anotherLead().get(study.path() + "/flyers/" + code + "/share").then().statusCode(404);
    }

    @Test
    void aFlyerPastItsEndOrItsMaximumStartsNothingAndSaysSoInTheRespondentsLanguage() {
        StudyFixture study = StudyFixture.create();
        String yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        String ended = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Festival", "kind", "event", "ends", yesterday));
        Document page = Jsoup.parse(given().header("Accept-Language", "ar").get("/f/" + ended).then().statusCode(410)
                .extract().asString());
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertTrue(page.text().contains("انتهت المدة"), page.text());
        given().redirects().follow(false).get("/f/" + ended + "?lang=nl").then().statusCode(410);

        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String lastDay = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Markt", "ends", today));
        given().get("/f/" + lastDay).then().statusCode(200);

        String full = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Buurthuis", "max_completes", 1));
        Response first = Flyers.start(full, "nl");
        Response second = Flyers.start(full, "nl");
        Flyers.finish(full, Map.of());
        Document closed = Jsoup.parse(given().get("/f/" + full + "?lang=nl").then().statusCode(410).extract().asString());
        assertTrue(closed.text().contains("al genoeg mensen meegedaan"), closed.text());
        // who had started before it filled up may still finish
        given().redirects().follow(false).get(second.header("Location")).then().statusCode(303);
        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(3, monitor.getInt("channels.flyer.opened"), "nothing started after it closed");
        assertNotEquals(first.header("Location"), second.header("Location"));
    }

    @Test
    void aPhoneThatCompletedAFlyerIsAskedBeforeItStartsOneForSomeoneElse() {
        StudyFixture study = StudyFixture.create();
        String code = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Veldwerker Amir", "kind", "fieldworker"));
        Response start = Flyers.start(code, "nl");
        String cookie = start.getCookie("stemmen-open");
        String token = Flyers.token(start.header("Location"));
        assertEquals(token, cookie);

        // not completed yet: opening the flyer again goes on with the same response
        Response again = given().redirects().follow(false).cookie("stemmen-open", cookie).get("/f/" + code + "?lang=nl");
        assertEquals(303, again.statusCode());
        assertEquals("/r/" + token, Flyers.path(again.header("Location")));

        nl.stemmen.respond.RespondentSession.arriving("/r/" + token).finish();
        Document ask = Jsoup.parse(given().cookie("stemmen-open", cookie).get("/f/" + code).then().statusCode(200)
                .extract().asString());
        assertTrue(ask.text().contains("Op deze telefoon is de vragenlijst al ingevuld"), ask.text());
        String action = ask.selectFirst("form").attr("action");
        assertEquals("/f/" + code + "/again", action);
        Response fresh = given().redirects().follow(false).cookie("stemmen-open", cookie).post(action);
        assertEquals(303, fresh.statusCode());
        assertTrue(fresh.header("Set-Cookie").contains("Max-Age=0"), fresh.header("Set-Cookie"));
        Response next = Flyers.start(code, "nl");
        assertNotEquals(token, Flyers.token(next.header("Location")), "a new response for the next person");
    }
}

package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.respond.RespondentSession;

/** Flyers and sessions in tests: making them through the API and arriving through them as a phone does. */
final class Flyers {

    private Flyers() {
    }

    /** A new flyer of the study with this body; its code. */
    static String flyer(RequestSpecification lead, String study, Map<String, Object> body) {
        return lead.contentType(ContentType.JSON).body(body).post("/api/studies/" + study + "/flyers")
                .then().statusCode(201).extract().path("code");
    }

    /** The path of an open link, {@code /f/<code>}, from its whole address. */
    static String path(String link) {
        return URI.create(link).getPath();
    }

    /** Picks a language on the flyer's page: the start's redirect (303 to the response, with the phone's cookie). */
    static Response start(String code, String language) {
        Response start = given().redirects().follow(false).get("/f/" + code + "?lang=" + language);
        assertEquals(303, start.statusCode(), start.asString());
        return start;
    }

    /** A respondent who arrives by the flyer and answers everything, choosing {@code chosen}'s options. */
    static RespondentSession finish(String code, Map<String, String> chosen) {
        return RespondentSession.arriving("/f/" + code + "?lang=nl").finish(chosen);
    }

    /** The token of a response from its address {@code /r/<token>/…}. */
    static String token(String path) {
        String rest = path.substring(path.indexOf("/r/") + 3);
        return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }
}

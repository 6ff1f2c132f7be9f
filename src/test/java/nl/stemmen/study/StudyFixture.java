package nl.stemmen.study;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.access.SignedIn;

/** A research lead with a study of the demo questionnaire, made through the API as a lead would. */
public record StudyFixture(String id, String leadName) {

    public static final String PASSWORD = "een lang wachtwoord";

    public static final Map<String, Object> MAASTRICHT = Map.of(
            "name", "Thuis in Maastricht 2026",
            "organisation", "Gemeente Maastricht",
            "questionnaire", "thuis-in-de-stad",
            "start", "2026-12-01",
            "end", "2026-12-21",
            "dimensions", List.of(
                    Map.of("name", "gender", "question", "geslacht", "categories", List.of("man", "vrouw", "x")),
                    Map.of("name", "age_band"),
                    Map.of("name", "country_of_birth")),
            "quotas", Map.of("gender", Map.of("vrouw", 60, "man", 60)));

    /** A new lead account and their study of {@link #MAASTRICHT}. */
    public static StudyFixture create() {
        String lead = account("lead");
        String id = as(lead).contentType(ContentType.JSON).body(MAASTRICHT).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        return new StudyFixture(id, lead);
    }

    /** A new account with this role (admin, lead, fieldworker); its password is {@link #PASSWORD}. */
    public static String account(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role))
                .post("/api/accounts").then().statusCode(201);
        return username;
    }

    public static RequestSpecification as(String username) {
        return SignedIn.as(username, PASSWORD);
    }

    public static RequestSpecification anotherLead() {
        return as(account("lead"));
    }

    public static RequestSpecification fieldworker() {
        return as(account("fieldworker"));
    }

    public RequestSpecification lead() {
        return as(leadName);
    }

    public String path() {
        return "/api/studies/" + id;
    }
}

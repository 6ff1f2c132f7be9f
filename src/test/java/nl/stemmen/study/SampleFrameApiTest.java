package nl.stemmen.study;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A lead imports a study's sample frame through {@code POST /api/studies/{id}/frame} (design §3):
 * a bad file is refused whole with every bad line; fixed, it imports; importing again adds nobody;
 * Excel's semicolon export with a byte-order mark is the same people; contact details stay apart.
 */
@QuarkusTest
class SampleFrameApiTest {

    private static final String FRAME = """
            ref,name,postcode,email,letter_language,gender,age_band,country_of_birth
            P001,Amal Haddad,6211 AB,amal@example.nl,ar,vrouw,30_39,syrie
            P002,"Tesfay, Yonas",6212CD,,ti,man,18_29,eritrea
            P003,Ayşe Yılmaz,6213 EF,ayse@example.nl,,vrouw,40_49,turkije
            """;

    @Inject
    EntityManager entities;

    private static RequestSpecification csv(RequestSpecification as, String text, boolean byteOrderMark) {
        byte[] body = ((byteOrderMark ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        return as.contentType("text/csv").body(body);
    }

    @Test
    void aBadFrameIsRefusedWholeThenFixedItImportsOnceAndExcelsExportIsTheSamePeople() {
        StudyFixture study = StudyFixture.create();
        String bad = """
                ref,name,postcode,email,letter_language,gender,age_band,country_of_birth
                P001,Amal Haddad,6211 AB,amal@example,ar,vrouw,30_39,syrie
                P002,"Tesfay, Yonas",62 12CD,,ti,man,18_29,eritrea
                P001,Ayşe Yılmaz,6213 EF,ayse@example.nl,,vrouw,40_49
                """;
        JsonPath refused = csv(study.lead(), bad, false).post(study.path() + "/frame").then().statusCode(422).extract().jsonPath();
        List<Map<String, Object>> problems = refused.getList("problems");
        assertEquals(List.of(2, 3, 4), problems.stream().map(p -> (Integer) p.get("line")).distinct().toList(), problems.toString());
        assertEquals("email", problems.get(0).get("column"));
        assertEquals(0, people(study.id()), "nothing stored");

        JsonPath first = csv(study.lead(), FRAME, false).post(study.path() + "/frame").then().statusCode(200).extract().jsonPath();
        assertEquals(3, first.getInt("added"));
        assertEquals(3, people(study.id()));

        JsonPath again = csv(study.lead(), FRAME.replace(',', ';').replace("\"Tesfay; Yonas\"", "\"Tesfay, Yonas\"").replace("\n", "\r\n"), true)
                .post(study.path() + "/frame").then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("added"), again.prettify());
        assertEquals(3, again.getInt("unchanged"));
        assertEquals(3, people(study.id()));
    }

    @Test
    void anUpdatedFileChangesPeopleAndReportsWhoDroppedOutWithoutDeletingThem() {
        StudyFixture study = StudyFixture.create();
        csv(study.lead(), FRAME, false).post(study.path() + "/frame").then().statusCode(200);
        String later = """
                ref,name,postcode,email,letter_language,gender,age_band,country_of_birth
                P001,Amal Haddad,6211 AB,amal@example.nl,ar,vrouw,40_49,syrie
                P002,"Tesfay, Yonas",6212CD,,ti,man,18_29,eritrea
                P004,Reza Ahmadi,6214 GH,,fa,man,50_59,iran
                """;
        JsonPath preview = csv(study.lead(), later, false).queryParam("preview", true).post(study.path() + "/frame")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, preview.getInt("added"));
        assertEquals(false, preview.getBoolean("stored"));
        assertEquals(3, people(study.id()), "a preview stores nothing");
        csv(study.lead(), later, false).queryParam("preview", "1").post(study.path() + "/frame").then().statusCode(200);
        assertEquals(3, people(study.id()), "?preview=1 is a preview too");

        JsonPath result = csv(study.lead(), later, false).post(study.path() + "/frame").then().statusCode(200).extract().jsonPath();
        assertEquals(true, result.getBoolean("stored"));
        assertEquals(1, result.getInt("added"));
        assertEquals(1, result.getInt("updated"));
        assertEquals(1, result.getInt("unchanged"));
        assertEquals(List.of("P003"), result.getList("missing_refs"));
        assertEquals(4, people(study.id()), "P003 is kept");
        assertEquals("40_49", attribute(study.id(), "P001", "age_band"));
    }

    @Test
    void contactDetailsLiveApartFromAttributesAndOnlyTheStudysLeadMayImport() {
        StudyFixture study = StudyFixture.create();
        JsonPath result = csv(study.lead(), FRAME, false).post(study.path() + "/frame").then().statusCode(200).extract().jsonPath();
        assertEquals(3, result.getInt("preview.people"));
        String attributes = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select string_agg(a.attribute || '=' || a.attribute_value, ' ') from frame_attribute a "
                        + "join frame_person p on p.id = a.person_id where p.study_id = ?1")
                .setParameter(1, study.id()).getSingleResult().toString());
        assertTrue(!attributes.contains("@") && !attributes.contains("Amal") && attributes.contains("gender=vrouw"), attributes);
        Object emails = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select count(*) from frame_contact c join frame_person p on p.id = c.person_id where p.study_id = ?1 and c.email is not null")
                .setParameter(1, study.id()).getSingleResult());
        assertEquals(2, ((Number) emails).intValue());

        csv(StudyFixture.anotherLead(), FRAME, false).post(study.path() + "/frame").then().statusCode(404);
        csv(StudyFixture.fieldworker(), FRAME, false).post(study.path() + "/frame").then().statusCode(403);
        csv(given(), FRAME, false).post(study.path() + "/frame").then().statusCode(401);
    }

    @Test
    void valuesTooLongToStoreAreRefusedByLineAndColumnAndSoIsSuchAContactAddressOfAStudy() {
        StudyFixture study = StudyFixture.create();
        String longName = "n".repeat(201);
        String longEmail = "a".repeat(300) + "@example.nl";
        String frame = "ref,name,street,city,email,phone,wijk\n"
                + "P001," + longName + "," + "s".repeat(201) + "," + "c".repeat(101) + "," + longEmail + ","
                + "0".repeat(41) + "," + "w".repeat(201) + "\n"
                + "r".repeat(101) + ",Amal,,,,,noord\n";
        JsonPath refused = csv(study.lead(), frame, false).post(study.path() + "/frame").then().statusCode(422)
                .extract().jsonPath();
        List<String> places = refused.<Map<String, Object>>getList("problems").stream()
                .map(p -> p.get("line") + ":" + p.get("column")).toList();
        assertEquals(List.of("2:city", "2:email", "2:name", "2:phone", "2:street", "2:wijk", "3:ref"),
                places.stream().sorted().toList(), refused.prettify());
        csv(study.lead(), "ref," + "k".repeat(65) + "\nP001,v\n", false).post(study.path() + "/frame").then().statusCode(422)
                .body("problems[0].line", org.hamcrest.Matchers.equalTo(1))
                .body("problems[0].reason", org.hamcrest.Matchers.containsString("at most 64"));
        assertEquals(0, people(study.id()), "nothing stored");

        Map<String, Object> definition = new java.util.HashMap<>(StudyFixture.MAASTRICHT);
        definition.put("contact_email", longEmail);
        study.lead().contentType("application/json").body(definition).put(study.path()).then().statusCode(422)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("contact_email"));
    }

    private int people(String study) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("select count(*) from frame_person where study_id = ?1").setParameter(1, study)
                .getSingleResult()).intValue());
    }

    private String attribute(String study, String ref, String name) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entities.createNativeQuery(
                "select a.attribute_value from frame_attribute a join frame_person p on p.id = a.person_id "
                        + "where p.study_id = ?1 and p.ref = ?2 and a.attribute = ?3")
                .setParameter(1, study).setParameter(2, ref).setParameter(3, name).getSingleResult());
    }
}

package nl.stemmen.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.mailing.letter.LetterPdfTest;
import nl.stemmen.study.StudyFixture;

/**
 * The printed QR flyer (issue 16): an A5 and an A6 page whose QR code reads back to the flyer's open link, with the
 * address to type, a line in each of the study's languages (Arabic shaped, Tigrinya in Ge'ez) and the contact e-mail.
 */
@QuarkusTest
class FlyerPdfTest {

    @Test
    void aFlyerPrintsOnA5AndA6WithItsQrCodeAddressAndALinePerLanguage() throws Exception {
        String lead = StudyFixture.account("lead");
        RequestSpecification as = StudyFixture.as(lead);
        String study = as.contentType(ContentType.JSON).body(Map.of("name", "Thuis in Ede", "organisation", "Gemeente Ede",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "contact_email", "onderzoek@ede.nl",
                "languages", List.of("nl", "en", "ar", "tr", "fa", "ti"), "dimensions", List.of(Map.of("name", "gender"))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        String code = Flyers.flyer(StudyFixture.as(lead), study, Map.of("label", "Taalschool Noord"));
        String link = StudyFixture.as(lead).get("/api/studies/" + study + "/flyers").then().statusCode(200).extract()
                .jsonPath().getString("find { it.code == '" + code + "' }.link");
        Files.createDirectories(LetterPdfTest.PAGES);
        for (String size : List.of("a5", "a6")) {
            Path pdf = LetterPdfTest.PAGES.resolve("flyer-" + size + ".pdf");
            Files.write(pdf, StudyFixture.as(lead).get("/api/studies/" + study + "/flyers/" + code + "/flyer.pdf?size=" + size)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
            List<Path> pages = LetterPdfTest.pngPages(pdf, "flyer-" + size);
            assertEquals(1, pages.size(), size + " is one page");
            assertEquals(link, LetterPdfTest.qr(pages.get(0)), "the QR code leads to the flyer");
            String text = LetterPdfTest.text(pdf, 1);
            assertTrue(text.contains("/f/" + code), text);
            assertTrue(text.contains("Doe mee aan ons onderzoek!"), text);
            assertTrue(text.contains("ተሳተፉ"), "Tigrinya in Ge'ez: " + text);
            assertTrue(text.contains("onderzoek@ede.nl"), text);
        }
        StudyFixture.as(lead).get("/api/studies/" + study + "/flyers/" + code + "/flyer.pdf?size=a4").then().statusCode(400);
        StudyFixture.anotherLead().get("/api/studies/" + study + "/flyers/" + code + "/flyer.pdf").then().statusCode(404);
    }
}

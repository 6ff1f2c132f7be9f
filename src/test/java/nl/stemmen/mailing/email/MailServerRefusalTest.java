package nl.stemmen.mailing.email;

import static io.restassured.RestAssured.given;
import static nl.stemmen.mailing.email.EmailFixture.awaitDone;
import static nl.stemmen.mailing.email.EmailFixture.byRef;
import static nl.stemmen.mailing.email.EmailFixture.mailing;
import static nl.stemmen.mailing.email.EmailFixture.send;
import static nl.stemmen.mailing.email.EmailFixture.studyOfTwenty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.mailing.email.EmailFixture.Invited;
import nl.stemmen.study.StudyFixture;

/**
 * E-mail invitations (issue 15) sent to an SMTP server that refuses some addresses or is down
 * ({@link ScriptedSmtpServer}): a refusal for good (5xx) marks the address bounced and the mailing goes on; nobody
 * gets an e-mail twice. The twenty people of {@link EmailFixture}.
 */
@QuarkusTest
@QuarkusTestResource(value = ScriptedSmtpResource.class, restrictToAnnotatedClass = true)
class MailServerRefusalTest {

    private static final String CONTACT = "onderzoek@maastricht.nl";

    @BeforeEach
    void serverUpAndAcceptingEveryone() {
        ScriptedSmtpResource.server.up();
        ScriptedSmtpResource.server.reset();
    }

    @AfterEach
    void serverUpForTheNextTest() {
        ScriptedSmtpResource.server.up();
    }

    private static Map<String, CSVRecord> mailingFile(RequestSpecification lead, String study, int mailing) {
        return byRef(given().spec(lead).get("/api/studies/" + study + "/mailings/" + mailing + "/recipients.csv").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void anAddressTheServerRefusesForGoodIsMarkedBouncedAndTheMailingGoesOn() throws Exception {
        ScriptedSmtpServer server = ScriptedSmtpResource.server;
        server.refuse("p03@example.nl", "550 5.1.1 <p03@example.nl>: no such user");
        server.refuse("p11@example.nl", "550 5.1.1 no such user");
        RequestSpecification lead = StudyFixture.as(StudyFixture.account("lead"));
        Invited invited = studyOfTwenty(lead, CONTACT);
        int mailing = mailing(lead, invited.study(), false).getInt("id");
        send(lead, invited.study(), mailing);

        JsonPath done = awaitDone(lead, invited.study(), mailing);
        assertEquals(17, done.getInt("sent"), done.prettify());
        assertEquals(2, done.getInt("failed"), done.prettify());
        assertEquals(0, done.getInt("waiting"), done.prettify());
        List<String> delivered = server.deliveredTo();
        assertEquals(17, delivered.size(), "the others were delivered: " + delivered);
        assertEquals(17, new HashSet<>(delivered).size(), "nobody twice: " + delivered);
        assertTrue(!delivered.contains("p03@example.nl") && !delivered.contains("p11@example.nl"), delivered.toString());
        assertEquals(1, server.tries("p03@example.nl"), "a refusal for good is not tried again");
        Map<String, CSVRecord> file = mailingFile(lead, invited.study(), mailing);
        assertEquals("bounced", file.get("P03").get("status"));
        assertEquals("bounced", file.get("P11").get("status"));
        assertEquals("mailed", file.get("P04").get("status"));

        int reminder = mailing(lead, invited.study(), true).getInt("id");
        send(lead, invited.study(), reminder);
        JsonPath reminded = awaitDone(lead, invited.study(), reminder);
        assertEquals(2, reminded.getInt("failed"), "the bounced addresses get no reminder: " + reminded.prettify());
        assertEquals(1, server.tries("p03@example.nl"), "not tried for the reminder");
        assertEquals(2, server.deliveredTo().stream().filter("p04@example.nl"::equals).count(), "invitation and reminder");
    }
}

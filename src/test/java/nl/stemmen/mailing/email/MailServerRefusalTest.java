package nl.stemmen.mailing.email;

import static io.restassured.RestAssured.given;
import static nl.stemmen.mailing.email.EmailFixture.awaitDone;
import static nl.stemmen.mailing.email.EmailFixture.awaitProgress;
import static nl.stemmen.mailing.email.EmailFixture.byRef;
import static nl.stemmen.mailing.email.EmailFixture.mailing;
import static nl.stemmen.mailing.email.EmailFixture.progress;
import static nl.stemmen.mailing.email.EmailFixture.send;
import static nl.stemmen.mailing.email.EmailFixture.studyOfTwenty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * ({@link ScriptedSmtpServer}): a refusal for good (5xx) marks the address bounced and the mailing goes on; an
 * address put off (4xx) is tried again later without holding up the others; while the server is down the progress
 * says so, and sending resumes when it is back; a server that refuses the sender bounces nobody. Nobody gets an e-mail
 * twice. The twenty people of
 * {@link EmailFixture}.
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

    /** The progress's paused_reason, "" when there is none. */
    private static String reason(JsonPath progress) {
        String reason = progress.getString("paused_reason");
        return reason == null ? "" : reason;
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

    @Test
    void anAddressTheServerPutsOffIsTriedAgainLaterWithoutHoldingUpTheOthers() throws Exception {
        ScriptedSmtpServer server = ScriptedSmtpResource.server;
        server.refuse("p05@example.nl", "451 4.7.1 greylisted, try again later");
        RequestSpecification lead = StudyFixture.as(StudyFixture.account("lead"));
        Invited invited = studyOfTwenty(lead, CONTACT);
        int mailing = mailing(lead, invited.study(), false).getInt("id");
        send(lead, invited.study(), mailing);

        JsonPath waiting = awaitProgress(lead, invited.study(), mailing, p -> p.getInt("sent") == 18,
                "the others were not sent while P05 was put off");
        assertEquals(1, waiting.getInt("waiting"), waiting.prettify());
        assertEquals(0, waiting.getInt("failed"), "put off is not bounced: " + waiting.prettify());
        assertTrue(!waiting.getBoolean("done"), waiting.prettify());
        long until = System.nanoTime() + 20_000_000_000L;
        while (server.tries("p05@example.nl") < 2) {
            assertTrue(System.nanoTime() < until, "P05 was not tried again");
            Thread.sleep(100);
        }
        JsonPath paused = awaitProgress(lead, invited.study(), mailing, p -> reason(p).contains("put off"),
                "the progress does not say why P05 waits");
        assertEquals("mail server 127.0.0.1:" + server.port() + " put off 1 address for now: 451 4.7.1 greylisted, try "
                + "again later", paused.getString("paused_reason"));
        assertNotNull(paused.getString("paused_at"));
        assertEquals("mailed", mailingFile(lead, invited.study(), mailing).get("P05").get("status"), "put off is not bounced");

        server.accept("p05@example.nl");
        JsonPath done = awaitDone(lead, invited.study(), mailing);
        assertEquals(19, done.getInt("sent"), done.prettify());
        assertNull(done.getString("paused_reason"), done.prettify());
        assertNull(done.getString("paused_at"), done.prettify());
        List<String> delivered = server.deliveredTo();
        assertEquals(19, new HashSet<>(delivered).size(), "everyone: " + delivered);
        assertEquals(19, delivered.size(), "nobody twice: " + delivered);
        assertEquals("p05@example.nl", delivered.get(18), "P05 came last, after the others: " + delivered);
        assertEquals("mailed", mailingFile(lead, invited.study(), mailing).get("P05").get("status"));
    }

    @Test
    void whileTheMailServerIsDownTheProgressSaysWhyAndSendingResumesWhenItIsBack() throws Exception {
        ScriptedSmtpServer server = ScriptedSmtpResource.server;
        server.down();
        RequestSpecification lead = StudyFixture.as(StudyFixture.account("lead"));
        Invited invited = studyOfTwenty(lead, CONTACT);
        int mailing = mailing(lead, invited.study(), false).getInt("id");
        send(lead, invited.study(), mailing);

        JsonPath paused = awaitProgress(lead, invited.study(), mailing, p -> reason(p).contains("connection"),
                "the progress does not say why nothing is sent");
        assertEquals("mail server 127.0.0.1:" + server.port() + " refused the connection", paused.getString("paused_reason"));
        assertNotNull(paused.getString("paused_at"));
        assertEquals(0, paused.getInt("sent"), paused.prettify());
        assertEquals(19, paused.getInt("waiting"), paused.prettify());
        Thread.sleep(2_500);
        JsonPath stillPaused = progress(lead, invited.study(), mailing);
        assertEquals(paused.getString("paused_at"), stillPaused.getString("paused_at"), "a pause that goes on keeps its start");

        server.up();
        JsonPath done = awaitDone(lead, invited.study(), mailing);
        assertEquals(19, done.getInt("sent"), done.prettify());
        assertTrue(done.getMap("").containsKey("paused_reason"), "null, not left out: " + done.prettify());
        assertNull(done.getString("paused_reason"), "the reason is gone once sending works: " + done.prettify());
        assertNull(done.getString("paused_at"), done.prettify());
        List<String> delivered = server.deliveredTo();
        assertEquals(19, delivered.size(), "nobody twice: " + delivered);
        assertEquals(19, new HashSet<>(delivered).size(), "everyone: " + delivered);
    }

    @Test
    void aServerThatRefusesTheSenderPausesTheMailingAndBouncesNobody() throws Exception {
        ScriptedSmtpServer server = ScriptedSmtpResource.server;
        server.refuseSender("553 5.7.1 sender not allowed to relay");
        RequestSpecification lead = StudyFixture.as(StudyFixture.account("lead"));
        Invited invited = studyOfTwenty(lead, CONTACT);
        int mailing = mailing(lead, invited.study(), false).getInt("id");
        send(lead, invited.study(), mailing);

        JsonPath paused = awaitProgress(lead, invited.study(), mailing, p -> reason(p).contains("sender"),
                "the progress does not say why nothing is sent");
        assertEquals("mail server 127.0.0.1:" + server.port() + " answered: sender address not accepted: 553 5.7.1 sender "
                + "not allowed to relay", paused.getString("paused_reason"));
        assertEquals(0, paused.getInt("failed"), "a refused sender says nothing about the addresses: " + paused.prettify());
        assertTrue(mailingFile(lead, invited.study(), mailing).values().stream()
                .noneMatch(line -> line.get("status").equals("bounced")), "nobody bounced");

        server.refuseSender(null);
        JsonPath done = awaitDone(lead, invited.study(), mailing);
        assertEquals(19, done.getInt("sent"), done.prettify());
        assertEquals(0, done.getInt("failed"), done.prettify());
        assertNull(done.getString("paused_reason"), done.prettify());
        assertEquals(19, server.deliveredTo().size(), "nobody twice: " + server.deliveredTo());
    }
}

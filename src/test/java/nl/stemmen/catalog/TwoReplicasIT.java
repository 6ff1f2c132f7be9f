package nl.stemmen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.stemmen.PackagedApp;

/**
 * Publishing without a restart across replicas (issue 17): two processes of the packaged jar on the same PostgreSQL;
 * a questionnaire published on one is served by the other within seconds, and the other way round.
 */
class TwoReplicasIT {

    private static final Duration START = Duration.ofSeconds(120);
    /** The catalog's refresh interval (5 s by default), with room for a busy machine. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(30);

    private static Process first;
    private static Process second;
    private static String one;
    private static String two;

    @BeforeAll
    static void start() throws Exception {
        int port1 = PackagedApp.freePort();
        int port2 = PackagedApp.freePort();
        one = "http://localhost:" + port1;
        two = "http://localhost:" + port2;
        first = PackagedApp.start(port1, Path.of("target/replica-1.log"));
        assertTrue(PackagedApp.waitFor(one + "/code", START, first), "replica 1 started; see target/replica-1.log");
        second = PackagedApp.start(port2, Path.of("target/replica-2.log"));
        assertTrue(PackagedApp.waitFor(two + "/code", START, second), "replica 2 started; see target/replica-2.log");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PackagedApp.stop(first, second);
    }

    @Test
    void aVersionPublishedOnOneReplicaIsServedByTheOtherWithoutARestart() throws Exception {
        String id = "replica-" + UUID.randomUUID().toString().substring(0, 8);
        String served = "\"id\":\"" + id + "\",\"version\":";
        assertTrue(!catalog(two).contains(served), "not there before");
        assertEquals(201, publish(one, PublishingTest.yaml(id, 1, "getal")));
        assertTrue(seen(two, served + "1"), "replica 2 serves what replica 1 published");

        assertEquals(201, publish(two, PublishingTest.yaml(id, 2, "leeftijd")));
        assertTrue(seen(one, served + "2"), "and the other way round");
    }

    /** Whether the replica's catalog lists {@code text} within {@link #SEEN_WITHIN}. */
    private static boolean seen(String base, String text) throws Exception {
        long deadline = System.nanoTime() + SEEN_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (catalog(base).contains(text)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The replica's {@code GET /api/questionnaires}: the current version of each questionnaire it serves. */
    private static String catalog(String base) throws Exception {
        return HttpClient.newHttpClient().send(admin(base + "/api/questionnaires").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int publish(String base, String yaml) throws Exception {
        return HttpClient.newHttpClient().send(admin(base + "/api/questionnaires").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder admin(String uri) {
        String admin = Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Basic " + admin);
    }
}

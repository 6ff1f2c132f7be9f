package nl.stemmen;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Integration tests' way to run what is deployed: Stemmen's packaged jar ({@code target/quarkus-app}) as its own
 * process on the test PostgreSQL, and the small waits around such processes. The database is STEMMEN_TEST_DB_URL /
 * STEMMEN_TEST_DB_USER, as the other tests use.
 */
public final class PackagedApp {

    private PackagedApp() {
    }

    /**
     * Starts the packaged jar on {@code port} with the test database, invitation key and admin password, plus
     * {@code settings} ({@code -Dname=value} each), its output in {@code log}.
     */
    public static Process start(int port, Path log, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + env("STEMMEN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test"),
                "-Dquarkus.datasource.username=" + env("STEMMEN_TEST_DB_USER", "postgres"),
                "-Dstemmen.invitations.key=test-only-invitation-key-not-secret-0123456789",
                "-Dstemmen.admin.password=test-admin-password"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls {@code uri} until it answers 200; false when {@code process} ends or time is up. */
    public static boolean waitFor(String uri, Duration limit, Process process) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Stops the processes that were started (null ones skipped), forcibly after 30 s. */
    public static void stop(Process... processes) throws InterruptedException {
        for (Process p : processes) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    /** A TCP port free at this moment. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).orElse(fallback);
    }
}

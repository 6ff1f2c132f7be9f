package nl.stemmen.access;

import nl.stemmen.PackagedApp;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Production sign-in against a real Keycloak (the distribution in target/keycloak, started with
 * deploy/keycloak/stemmen-realm.json) and Stemmen's packaged jar started with {@code QUARKUS_PROFILE=prod,oidc}:
 * a script's token by password grant works on the API, and a staff member signs in to a page through
 * Keycloak's login form and out again. Skipped, saying why, where Keycloak cannot start (no distribution, no Java 21+,
 * no answer within {@link #KEYCLOAK_START}).
 */
class KeycloakSignInIT {

    /** start-dev builds Keycloak first; on 2 busy cores that took up to 90 s. */
    private static final Duration KEYCLOAK_START = Duration.ofSeconds(240);
    private static final Duration STEMMEN_START = Duration.ofSeconds(120);
    private static final String SECRET = "demo-only-change-this-secret";

    private static Process keycloak;
    private static Process stemmen;
    private static String realm;
    private static String app;
    /** Why Keycloak could not start, or null when it did. */
    private static String notStarted;

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/missing"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            skip("no Keycloak distribution at " + home + " (./mvnw verify unpacks it)");
            return;
        }
        Optional<Path> java21 = java21();
        if (java21.isEmpty()) {
            skip("Keycloak needs Java 21+, none found (KEYCLOAK_JAVA_HOME, this JVM, /usr/lib/jvm)");
            return;
        }

        int keycloakPort = PackagedApp.freePort();
        int appPort = PackagedApp.freePort();
        realm = "http://localhost:" + keycloakPort + "/realms/stemmen";
        app = "http://localhost:" + appPort;

        // the realm file as shipped, with Stemmen's address of this run as redirect URI
        Path imports = Files.createDirectories(home.resolve("data/import"));
        String realmFile = Files.readString(Path.of("deploy/keycloak/stemmen-realm.json"));
        Files.writeString(imports.resolve("stemmen-realm.json"), realmFile.replace("http://localhost:8080", app));

        long started = System.nanoTime();
        Path keycloakLog = Path.of("target/keycloak-it.log");
        ProcessBuilder kc = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--db=dev-mem", "--http-port=" + keycloakPort, "--http-management-port=" + PackagedApp.freePort())
                .redirectErrorStream(true).redirectOutput(keycloakLog.toFile());
        kc.environment().put("JAVA_HOME", java21.get().toString());
        keycloak = kc.start();
        if (!PackagedApp.waitFor(realm + "/.well-known/openid-configuration", KEYCLOAK_START, keycloak)) {
            skip("Keycloak did not start within " + KEYCLOAK_START.toSeconds() + " s; see " + keycloakLog.toAbsolutePath());
            return;
        }
        System.out.printf("KeycloakSignInIT: Keycloak %s ready in %d s%n", home.getFileName(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());

        started = System.nanoTime();
        Path stemmenLog = Path.of("target/stemmen-it.log");
        stemmen = PackagedApp.start(appPort, stemmenLog, "-Dquarkus.profile=prod,oidc", "-Dquarkus.oidc.auth-server-url=" + realm,
                "-Dquarkus.oidc.client-id=stemmen", "-Dquarkus.oidc.credentials.secret=" + SECRET);
        // a respondent page: it needs no sign-in in either mode
        if (!PackagedApp.waitFor(app + "/code", STEMMEN_START, stemmen)) {
            fail("Stemmen did not start in OIDC mode; see " + stemmenLog.toAbsolutePath());
        }
        System.out.printf("KeycloakSignInIT: Stemmen ready in %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** Both tests are then reported as skipped with the reason; the build log says it once. */
    private static void skip(String reason) {
        notStarted = "Keycloak sign-in not tested: " + reason;
        System.out.println("KeycloakSignInIT: " + notStarted);
    }

    @BeforeEach
    void keycloakStarted() {
        Assumptions.assumeTrue(notStarted == null, notStarted);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PackagedApp.stop(stemmen, keycloak);
    }

    @Test
    void aScriptsTokenForTheDemoLeadCreatesAStudyOwnedByThatLead() {
        String token = given().formParams(Map.of("grant_type", "password", "client_id", "stemmen", "client_secret", SECRET,
                "username", "demo-lead", "password", "demo-lead-password"))
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");

        String owner = given().auth().oauth2(token).contentType(ContentType.JSON).body(OidcSignInTest.STUDY)
                .post(app + "/api/studies").then().statusCode(201).extract().path("owner");
        assertEquals("demo-lead", owner);
        given().contentType(ContentType.JSON).body(OidcSignInTest.STUDY).post(app + "/api/studies").then().statusCode(401);
    }

    @Test
    void aStaffMemberSignsInThroughKeycloaksFormSeesTheOverviewAndSignsOut() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> page = browser.follow(get(app + "/"));
        assertTrue(page.uri().toString().startsWith(realm + "/protocol/openid-connect/auth"), page.uri().toString());
        Element form = Jsoup.parse(page.body(), page.uri().toString()).getElementById("kc-form-login");
        assertTrue(form != null, "Keycloak's login form: " + page.body());

        HttpResponse<String> signedIn = browser.follow(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("username", "demo-lead",
                        "password", "demo-lead-password", "credentialId", ""))))
);
        assertEquals(200, signedIn.statusCode(), signedIn.uri() + "\n" + signedIn.body());
        assertEquals(app + "/", signedIn.uri().toString());
        assertTrue(Jsoup.parse(signedIn.body()).select("a[href^=\"/preview/\"]").size() > 0, "the overview: " + signedIn.body());

        // signing out ends Keycloak's session too: the overview asks for the password again
        HttpResponse<String> signedOut = browser.follow(get(app + "/logout"));
        assertTrue(Jsoup.parse(signedOut.body()).getElementById("kc-form-login") != null, signedOut.uri() + "\n" + signedOut.body());
    }

    /**
     * Follows redirects and keeps cookies by name as a browser does on localhost (ports do not separate
     * cookies); the JDK's CookieManager would hold back Keycloak's cookies, which are marked Secure.
     */
    private static final class Browser {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> follow(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = send(request);
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(HttpRequest.newBuilder(next).GET());
            }
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String[] pair = set.split(";", 2)[0].split("=", 2);
                boolean expired = set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || pair[1].isEmpty();
                if (expired) {
                    cookies.remove(pair[0].trim());
                } else {
                    cookies.put(pair[0].trim(), pair[1]);
                }
            }
            return response;
        }
    }

    private static HttpRequest.Builder get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET();
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "="
                + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A JDK of version 21 or later for Keycloak: KEYCLOAK_JAVA_HOME, this JVM, or one in /usr/lib/jvm. */
    private static Optional<Path> java21() throws IOException {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
                jvms.sorted().forEach(candidates::add);
            }
        }
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")) && major(home) >= 21).findFirst();
    }

    /** The feature version in a JDK's {@code release} file (JAVA_VERSION="25.0.1"), 0 when unknown. */
    private static int major(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0]).mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}

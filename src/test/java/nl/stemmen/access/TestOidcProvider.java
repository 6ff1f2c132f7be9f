package nl.stemmen.access;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * A minimal OpenID provider for tests (quarkus-test-oidc-server is not served): discovery, its
 * signing key, authorization and sign-out endpoints to be redirected to, and {@code GET /token?username=…&role=…}
 * handing out a signed access token as Keycloak would (realm roles in {@code realm_access.roles}).
 * Points {@code quarkus.oidc.auth-server-url} at itself.
 */
public class TestOidcProvider implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        KeyPair key = rsaKey();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", x -> send(x, 200, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token","end_session_endpoint":"%1$s/logout"}
                """.formatted(issuer)));
        server.createContext("/jwks", x -> send(x, 200, jwks((RSAPublicKey) key.getPublic())));
        server.createContext("/token", x -> {
            Map<String, String> query = query(x.getRequestURI().getRawQuery());
            send(x, 200, Jwt.issuer(issuer).preferredUserName(query.get("username")).subject(query.get("username"))
                    .claim("realm_access", Map.of("roles", List.of(query.get("role"))))
                    .expiresIn(300).jws().keyId("test").sign(key.getPrivate()));
        });
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", "stemmen",
                "quarkus.oidc.credentials.secret", "test-only-client-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks(RSAPublicKey key) {
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"test","n":"%s","e":"%s"}]}
                """.formatted(base64url(key.getModulus()), base64url(key.getPublicExponent()));
    }

    /** A JWK number: big-endian bytes without the sign byte, base64url without padding. */
    private static String base64url(BigInteger number) {
        byte[] bytes = number.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw == null ? new String[0] : raw.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

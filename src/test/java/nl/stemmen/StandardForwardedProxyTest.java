package nl.stemmen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A TLS proxy that sends only the standard Forwarded header (RFC 7239), configured as docs/operations.md says. */
@QuarkusTest
@TestProfile(StandardForwardedProxyTest.ForwardedOnly.class)
class StandardForwardedProxyTest {

    public static class ForwardedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.allow-forwarded", "true", "quarkus.http.proxy.allow-x-forwarded", "false");
        }
    }

    @Test
    void theLinkToKeepUsesTheSchemeAndHostFromTheForwardedHeader() {
        assertEquals("https://stemmen.example.nl/r/", ProxyTest.linkToKeep(Map.of("Forwarded",
                "for=192.0.2.60;proto=https;host=stemmen.example.nl")));
    }
}

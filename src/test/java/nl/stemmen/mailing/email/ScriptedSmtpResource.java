package nl.stemmen.mailing.email;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A {@link ScriptedSmtpServer}, up, for the test class that asks for it, with Stemmen's mailer pointed at it as
 * {@link GreenMailResource#mailerAt} does, and a mailer timeout of 5 s instead of 60: after a failed send, Vert.x's
 * mail client now and then leaves its next connection's greeting unanswered, and that send waits for the timeout.
 */
public class ScriptedSmtpResource implements QuarkusTestResourceLifecycleManager {

    /** The server; tests script its answers, take it down and read what arrived. */
    static ScriptedSmtpServer server;

    @Override
    public Map<String, String> start() {
        server = new ScriptedSmtpServer();
        server.up();
        Map<String, String> config = new HashMap<>(GreenMailResource.mailerAt(server.port()));
        config.put("quarkus.mailer.timeout", "5s");
        return config;
    }

    @Override
    public void stop() {
        server.down();
    }
}

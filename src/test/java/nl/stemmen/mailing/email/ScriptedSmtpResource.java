package nl.stemmen.mailing.email;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A {@link ScriptedSmtpServer}, up, for the test class that asks for it, with Stemmen's mailer pointed at it as
 * {@link GreenMailResource#mailerAt} does.
 */
public class ScriptedSmtpResource implements QuarkusTestResourceLifecycleManager {

    /** The server; tests script its answers, take it down and read what arrived. */
    static ScriptedSmtpServer server;

    @Override
    public Map<String, String> start() {
        server = new ScriptedSmtpServer();
        server.up();
        return GreenMailResource.mailerAt(server.port());
    }

    @Override
    public void stop() {
        server.down();
    }
}

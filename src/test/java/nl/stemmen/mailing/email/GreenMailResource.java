package nl.stemmen.mailing.email;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free port for the test class that asks for it, with Stemmen's mailer pointed
 * at it, sending at 1,200 e-mails a minute (50 ms apart, so a test can step in halfway) and a 3-second lease.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** The running server; tests read what arrived. */
    static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return mailerAt(server.getSmtp().getPort());
    }

    /** The configuration that points Stemmen's mailer at an SMTP server on this local port, as described above. */
    static Map<String, String> mailerAt(int port) {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false", "quarkus.mailer.start-tls", "DISABLED",
                "stemmen.email.per-minute", "1200", "stemmen.email.lease", "3S", "stemmen.email.round", "1s");
    }

    @Override
    public void stop() {
        server.stop();
    }
}

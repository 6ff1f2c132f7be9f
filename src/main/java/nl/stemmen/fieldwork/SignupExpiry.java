package nl.stemmen.fieldwork;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Deletes sign-ups whose study-set day has passed ({@link Signups#expireDue}): at start and then every hour, so a
 * study's contacts are gone within an hour of the day ending even when nobody looks. Exports and draws check too.
 */
@ApplicationScoped
public class SignupExpiry {

    private static final Logger LOG = Logger.getLogger(SignupExpiry.class);

    private final Signups signups;
    private ScheduledExecutorService timer;

    public SignupExpiry(Signups signups) {
        this.signups = signups;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "signup-expiry");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::expire, 0, 1, TimeUnit.HOURS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void expire() {
        try {
            signups.expireDue();
        } catch (RuntimeException e) {
            // a database away for a while: the next hour tries again
            LOG.warnf("Could not delete expired sign-ups yet: %s", e.getMessage());
        }
    }
}

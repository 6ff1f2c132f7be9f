package nl.stemmen.respond;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import nl.stemmen.catalog.QuestionnaireCatalog;

/** Tells whoever started Stemmen which address to open. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(@Observes StartupEvent event, QuestionnaireCatalog catalog,
            @ConfigProperty(name = "quarkus.http.port") Instance<Integer> port,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        if (sessionKey.isEmpty()) {
            LOG.warn("No QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY: staff sign-ins end at every restart and do not "
                    + "carry over between instances; set one of at least 16 characters in production");
        }
        String base = "http://localhost:" + port.get();
        LOG.infof("Stemmen is running: open %s/ and sign in as 'admin' (the password was printed at the first start, "
                + "or is STEMMEN_ADMIN_PASSWORD); respondents need no sign-in", base);
        catalog.all().forEach(q -> LOG.infof("Try '%s' at %s/preview/%s", q.questionnaire().title(), base, q.id()));
    }
}

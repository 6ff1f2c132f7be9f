package nl.stemmen.mailing.email;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How invitation e-mails are sent ({@code stemmen.email.*}); the SMTP server itself is Quarkus Mailer's
 * ({@code quarkus.mailer.host}, {@code port}, {@code username}, {@code password}, {@code tls}, {@code from}).
 */
@ConfigMapping(prefix = "stemmen.email")
public interface EmailConfig {

    /** The most e-mails sent per minute by one mailing, so a provider's limit and spam filters are not tripped. */
    @WithDefault("60")
    int perMinute();

    /**
     * How long a replica holds a mailing it sends before another may take over: a replica that died stops
     * renewing it, and after this the others resume where it stopped.
     */
    @WithDefault("2M")
    Duration lease();

    /** How often each replica looks for started mailings with e-mails still to send (read by {@link EmailSender}). */
    @WithDefault("5s")
    Duration round();
}

package nl.stemmen.invite;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Personal links and short codes. */
@ConfigMapping(prefix = "stemmen.invitations")
public interface InvitationConfig {

    /**
     * The server key links and codes are derived from (STEMMEN_INVITATIONS_KEY, at least 32
     * characters). Keep it apart from the database and back it up: without it no letter's link works.
     */
    Optional<String> key();

    /** Where a generated key is kept when {@link #key()} is not set. */
    @WithDefault("data/invitation.key")
    String keyFile();

    /**
     * Wrong short codes one client address may type within {@link #codeWindow()} before /code answers
     * 429. Room for a group session behind one address; 31^10 codes leave guessing hopeless anyway.
     */
    @WithDefault("50")
    int codeAttempts();

    /**
     * Wrong short codes all clients together may type within the window: a guess spread over many
     * addresses stops too. High, because reaching it locks everyone out until the window passes.
     */
    @WithDefault("20000")
    int codeAttemptsInTotal();

    @WithDefault("15M")
    Duration codeWindow();
}

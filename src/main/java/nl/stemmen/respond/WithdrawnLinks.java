package nl.stemmen.respond;

import java.util.Optional;

import nl.stemmen.language.Language;

/**
 * Whether a link that opens no response belonged to someone who withdrew: then the page says so,
 * in their language, instead of "this link does not work". Invitations know; responses are gone.
 */
public interface WithdrawnLinks {

    /** The language to say it in, when {@code token} is a withdrawn person's link; empty otherwise. */
    Optional<Language> withdrawnIn(String token);
}

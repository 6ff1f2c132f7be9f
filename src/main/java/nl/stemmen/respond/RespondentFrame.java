package nl.stemmen.respond;

import java.util.Map;

/**
 * What the sample frame says of the person behind a response (attribute → value), for conditions
 * that read {@code frame('…')}: empty for a preview or anyone who came without an invitation.
 * Invitations know the person; responses do not, so the invitation side provides this.
 */
public interface RespondentFrame {

    Map<String, String> attributesOf(Response response);
}

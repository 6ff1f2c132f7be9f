package nl.stemmen.mailing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a mailing reaches people, and the frame_contact column it needs: a letter a postcode, an
 * e-mail an address, an SMS a phone number. People without it are skipped, and counted. A mailing
 * organisation's list ({@code organisation}) goes to the study's batches' codes, which the organisation
 * (DUO, a register office) mails itself: it needs no contact detail here.
 */
public enum MailingChannel {
    LETTER("postcode"), EMAIL("email"), SMS("phone"), ORGANISATION(null);

    private final String contactColumn;

    MailingChannel(String contactColumn) {
        this.contactColumn = contactColumn;
    }

    /** The frame_contact column that must be filled for a person to be reached; empty when none is needed. */
    Optional<String> contactColumn() {
        return Optional.ofNullable(contactColumn);
    }

    /** The name in the API and the database: letter, email, sms. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel of an API name; empty for anything else (also null). */
    public static Optional<MailingChannel> byApiName(String name) {
        return Arrays.stream(values()).filter(c -> c.apiName().equals(name)).findFirst();
    }

    /** Every API name, for a refusal's reason. */
    public static List<String> apiNames() {
        return Arrays.stream(values()).map(MailingChannel::apiName).toList();
    }
}

package nl.stemmen.mailing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/studies/{id}/mailings} (design §6).
 *
 * @param channel  letter, email or sms
 * @param reminder true for a reminder wave (only people who have not completed), false for a first mailing; kept as
 *                 JSON so that a value that is no boolean is refused together with the other fields' problems
 * @param cells    dimension → the categories wanted; null or empty: the whole study
 */
public record MailingRequest(String channel, JsonNode reminder, Map<String, List<String>> cells) {

    /** Whether it is a reminder wave; empty when {@code reminder} is missing, null or not true/false. */
    public Optional<Boolean> isReminder() {
        return reminder != null && reminder.isBoolean() ? Optional.of(reminder.booleanValue()) : Optional.empty();
    }
}

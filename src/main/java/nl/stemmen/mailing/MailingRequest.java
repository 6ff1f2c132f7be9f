package nl.stemmen.mailing;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/studies/{id}/mailings} (design §6).
 *
 * @param channel  letter, email or sms
 * @param reminder true for a reminder wave (only people who have not completed), false for a first mailing
 * @param cells    dimension → the categories wanted; null or empty: the whole study
 */
public record MailingRequest(String channel, Boolean reminder, Map<String, List<String>> cells) {
}

package nl.stemmen.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One response of a study as the export reads it, with its flags, its person's frame attributes
 * (invited respondents only; never contact data) and its answer rows by variable.
 *
 * @param channel  personal_link, short_code, flyer (lower case, as the API names them)
 * @param status   in_progress or completed
 * @param flags    the data-quality flags' names (response_flag), in alphabetical order
 * @param weight   the post-stratification weight (raking over the study's dimensions); null when not weighted
 * @param frame    frame attribute → value; empty without an invitation
 * @param answers  variable → its rows, select_multiple in item order; a variable that was not asked is absent
 */
public record ExportedResponse(long id, String channel, String mode, String language, OffsetDateTime started,
        OffsetDateTime completed, String status, boolean excluded, List<String> flags, Double weight, Map<String, String> frame,
        Map<String, List<AnswerRow>> answers) {

    /** The rows of one variable; none when it was not asked. */
    public List<AnswerRow> answers(String variable) {
        return answers.getOrDefault(variable, List.of());
    }
}

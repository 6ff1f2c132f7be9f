package nl.stemmen.monitor.analysis;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a question's table: the respondents who answered in {@code language} ({@code all}
 * for every language together), with the counts of {@link ShownCounts} and their shares of
 * {@code shown} (0 to 1, four decimals). A line of fewer than the study's minimum respondents, or
 * one hidden so that it cannot be worked out from the others, has only {@code language} and
 * {@code suppressed} ({@code primary} or {@code complementary}).
 *
 * @param attention the shares at or above {@link QuestionShares#ATTENTION_SHARE}:
 *        {@code dont_understand} and/or {@code unanswered}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LanguageShares(String language, Long shown,
        @JsonProperty("dont_understand") Long dontUnderstand, Long unanswered, Long missing,
        @JsonProperty("dont_understand_share") Double dontUnderstandShare,
        @JsonProperty("unanswered_share") Double unansweredShare,
        @JsonProperty("missing_share") Double missingShare,
        List<String> attention, String suppressed) {

    /** The line for these counts, or a suppressed line when {@code reason} is not null. */
    static LanguageShares of(String language, ShownCounts counts, CellSuppression.Reason reason) {
        if (reason != null) {
            return new LanguageShares(language, null, null, null, null, null, null, null, null, reason.code());
        }
        double dontUnderstand = share(counts.dontUnderstand(), counts.shown());
        double unanswered = share(counts.unanswered(), counts.shown());
        List<String> attention = new ArrayList<>();
        if (counts.shown() > 0 && dontUnderstand >= QuestionShares.ATTENTION_SHARE) {
            attention.add("dont_understand");
        }
        if (counts.shown() > 0 && unanswered >= QuestionShares.ATTENTION_SHARE) {
            attention.add("unanswered");
        }
        return new LanguageShares(language, counts.shown(), counts.dontUnderstand(), counts.unanswered(), counts.missing(),
                dontUnderstand, unanswered, share(counts.missing(), counts.shown()), attention, null);
    }

    /** part / whole to four decimals; 0 when nobody was shown the question. */
    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}

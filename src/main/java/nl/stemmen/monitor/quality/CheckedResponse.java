package nl.stemmen.monitor.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One non-test response as the checks see it, read from the answer table.
 *
 * @param completedAt null while not completed
 * @param closedAnswers closed variables answered (status answered) → the chosen option, or the chosen
 *            options of a select_multiple sorted and joined by spaces
 * @param variables every variable with an answer row: the questions shown (a question routed past has none)
 * @param frameValues the sample frame's value of each dimension that has a question, for invited respondents
 */
record CheckedResponse(long id, QuestionnaireShape shape, Instant startedAt, Instant completedAt,
        Map<String, String> closedAnswers, Set<String> variables, Map<String, String> frameValues) {

    boolean completed() {
        return completedAt != null;
    }

    /** From opening the link to sending the last page. */
    Duration completionTime() {
        return Duration.between(startedAt, completedAt);
    }

    /**
     * The pages the response was shown, as a key that equals another response's exactly when both
     * took the same way through the same questionnaire version: the pages holding an answer row.
     */
    String route() {
        return shape.id() + "/" + shape.version() + ":"
                + pagesShown().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The positions of the pages that hold an answer row, in questionnaire order. */
    Set<Integer> pagesShown() {
        Set<Integer> pages = new TreeSet<>();
        variables.forEach(v -> shape.page(v).ifPresent(pages::add));
        return pages;
    }
}

package nl.stemmen.monitor.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Straight-lining: a matrix question of which at least {@code minimumRows} rows are answered, every
 * answered row with the same choice. Checked on every non-test response, completed or not; one flag
 * per response names each such matrix (never the choice: that would be an answer).
 */
final class StraightliningCheck implements QualityCheck {

    private final int minimumRows;

    StraightliningCheck(int minimumRows) {
        this.minimumRows = minimumRows;
    }

    @Override
    public List<Flag> flags(StudyResponses study) {
        List<Flag> flags = new ArrayList<>();
        for (CheckedResponse response : study.responses()) {
            List<String> straight = new ArrayList<>();
            for (Map.Entry<String, List<String>> matrix : response.shape().matrices().entrySet()) {
                List<String> answered = matrix.getValue().stream().map(response.closedAnswers()::get)
                        .filter(Objects::nonNull).toList();
                if (answered.size() >= minimumRows && answered.stream().distinct().count() == 1) {
                    straight.add(matrix.getKey() + " (" + answered.size() + " rows)");
                }
            }
            if (!straight.isEmpty()) {
                flags.add(new Flag(response.id(), FlagKind.STRAIGHTLINING,
                        "one choice on every answered row of " + String.join(", ", straight)));
            }
        }
        return flags;
    }
}

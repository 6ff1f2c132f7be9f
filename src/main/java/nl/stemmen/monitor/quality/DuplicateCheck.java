package nl.stemmen.monitor.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.stemmen.study.AnswerCategory;
import nl.stemmen.study.StudyDefinition;
import nl.stemmen.study.SubgroupCells;

/**
 * Duplicates by matching answers: two completed responses of the study, completed within {@code window}
 * of each other, with the same category on every dimension that has a question and the same answer to
 * at least {@code agreement} of the other closed questions both answered (at least one). The later one
 * is flagged, naming the earliest it matches.
 *
 * <p>A dimension's category is the frame's value for an invited respondent (the frame wins, design §4),
 * else the {@link AnswerCategory} of the answer to its question; a response whose category is unknown on some
 * dimension is not judged, for lack of evidence. Matching by frame ref needs no check of its own here:
 * a study's refs are unique and an invitation has one response, so one ref never has two responses.
 */
final class DuplicateCheck implements QualityCheck {

    private final Duration window;
    private final double agreement;

    DuplicateCheck(Duration window, double agreement) {
        this.window = window;
        this.agreement = agreement;
    }

    @Override
    public List<Flag> flags(StudyResponses study) {
        List<StudyDefinition.Dimension> dimensions = study.dimensionQuestions();
        Set<String> dimensionVariables = new HashSet<>();
        dimensions.forEach(d -> dimensionVariables.add(d.question()));
        Map<List<String>, List<CheckedResponse>> byCategories = new HashMap<>();
        for (CheckedResponse response : study.responses()) {
            if (response.completed()) {
                categories(response, dimensions).ifPresent(key -> byCategories.computeIfAbsent(key, k -> new ArrayList<>()).add(response));
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (List<CheckedResponse> group : byCategories.values()) {
            group.sort(Comparator.comparing(CheckedResponse::completedAt).thenComparing(CheckedResponse::id));
            int earliest = 0;
            for (int later = 1; later < group.size(); later++) {
                CheckedResponse response = group.get(later);
                while (Duration.between(group.get(earliest).completedAt(), response.completedAt()).compareTo(window) > 0) {
                    earliest++;
                }
                for (int i = earliest; i < later; i++) {
                    Optional<String> match = match(group.get(i), response, dimensionVariables, !dimensions.isEmpty());
                    if (match.isPresent()) {
                        flags.add(new Flag(response.id(), FlagKind.DUPLICATE, match.get()));
                        break;
                    }
                }
            }
        }
        return flags;
    }

    /** The category on each dimension, in the study's order; empty when one is unknown. */
    private static Optional<List<String>> categories(CheckedResponse response, List<StudyDefinition.Dimension> dimensions) {
        List<String> categories = new ArrayList<>(dimensions.size());
        for (StudyDefinition.Dimension dimension : dimensions) {
            String category = response.frameValues().get(dimension.name());
            if (category == null) {
                String answer = response.closedAnswers().get(dimension.question());
                category = AnswerCategory.of(dimension, answer, response.shape().isMissingChoice(dimension.question(), answer));
                if (category.equals(SubgroupCells.UNKNOWN)) {
                    return Optional.empty();
                }
            }
            categories.add(category);
        }
        return Optional.of(categories);
    }

    /** Why {@code later} repeats {@code earlier}, when its other closed answers agree enough. */
    private Optional<String> match(CheckedResponse earlier, CheckedResponse later, Set<String> dimensionVariables,
            boolean hasDimensions) {
        int common = 0;
        int same = 0;
        for (Map.Entry<String, String> answer : later.closedAnswers().entrySet()) {
            String other = earlier.closedAnswers().get(answer.getKey());
            if (other != null && !dimensionVariables.contains(answer.getKey())) {
                common++;
                if (other.equals(answer.getValue())) {
                    same++;
                }
            }
        }
        if (common == 0 || (double) same / common < agreement - 1e-9) {
            return Optional.empty();
        }
        long minutes = Duration.between(earlier.completedAt(), later.completedAt()).toMinutes();
        return Optional.of(String.format(Locale.ROOT, "same answers as response %d: %s%d of %d other closed questions; "
                + "completed %d min apart", earlier.id(), hasDimensions ? "every subgroup, " : "", same, common, minutes));
    }
}

package nl.stemmen.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on the problems a questionnaire or translation file was refused for. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Exactly these problems, in any order: alternating line and a fragment of the reason. */
    public static void assertProblems(List<LoadProblem> problems, Object... linesAndFragments) {
        assertEquals(linesAndFragments.length / 2, problems.size(), () -> describe(problems));
        List<LoadProblem> left = new ArrayList<>(problems);
        for (int i = 0; i < linesAndFragments.length; i += 2) {
            int line = (int) linesAndFragments[i];
            String fragment = (String) linesAndFragments[i + 1];
            LoadProblem match = left.stream().filter(p -> p.line() == line && p.reason().contains(fragment))
                    .findFirst().orElseThrow(() -> new AssertionError("no problem on line " + line + " with '"
                            + fragment + "' in:\n" + describe(problems)));
            left.remove(match);
        }
    }

    public static String describe(List<LoadProblem> problems) {
        return problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n"));
    }
}

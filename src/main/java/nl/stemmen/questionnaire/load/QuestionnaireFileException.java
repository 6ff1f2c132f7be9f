package nl.stemmen.questionnaire.load;

import java.util.List;
import java.util.stream.Collectors;

/** A questionnaire file that cannot be used, with every problem found in it. */
public class QuestionnaireFileException extends Exception {

    private final transient List<LoadProblem> problems;

    public QuestionnaireFileException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}

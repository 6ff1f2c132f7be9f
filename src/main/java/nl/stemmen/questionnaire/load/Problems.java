package nl.stemmen.questionnaire.load;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

/** The problems found so far in one file. */
final class Problems {

    private final String file;
    private final List<LoadProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node node, String reason) {
        add(line(node), reason);
    }

    void add(int line, String reason) {
        found.add(new LoadProblem(file, line, reason));
    }

    boolean any() {
        return !found.isEmpty();
    }

    QuestionnaireFileException exception() {
        return new QuestionnaireFileException(found);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}

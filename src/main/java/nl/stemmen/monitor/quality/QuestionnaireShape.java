package nl.stemmen.monitor.quality;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * What the checks need of one questionnaire version: the page each variable is on (a route is the
 * pages shown), the closed variables (select_one, select_multiple, matrix rows) with their choice
 * lists, and each matrix question's row variables.
 */
final class QuestionnaireShape {

    private final String id;
    private final int version;
    private final Map<String, Integer> pageIndex = new HashMap<>();
    private final Map<String, ChoiceList> closed = new HashMap<>();
    private final Map<String, List<String>> matrices = new LinkedHashMap<>();

    QuestionnaireShape(Questionnaire questionnaire) {
        this.id = questionnaire.id();
        this.version = questionnaire.version();
        List<Page> pages = questionnaire.pages();
        for (int i = 0; i < pages.size(); i++) {
            for (Question question : pages.get(i).questions()) {
                // a calculate is stored, never shown: it says nothing of the pages a respondent saw
                List<String> shown = question.type() == QuestionType.CALCULATE ? List.of() : question.variables();
                for (String variable : shown) {
                    pageIndex.put(variable, i);
                    if (question.type().needsChoices() && !question.isOtherText(variable)) {
                        closed.put(variable, question.choices());
                    }
                }
                if (question.type() == QuestionType.MATRIX) {
                    matrices.put(question.name(), question.variables());
                }
            }
        }
    }

    String id() {
        return id;
    }

    int version() {
        return version;
    }

    /** The position of the variable's page in the questionnaire; empty for a variable this version does not have. */
    Optional<Integer> page(String variable) {
        return Optional.ofNullable(pageIndex.get(variable));
    }

    boolean isClosed(String variable) {
        return closed.containsKey(variable);
    }

    /** Whether {@code choice} of a closed variable is a {@code missing: true} one (don't know, rather not say). */
    boolean isMissingChoice(String variable, String choice) {
        ChoiceList list = closed.get(variable);
        return list != null && list.choice(choice).map(c -> c.missing()).orElse(false);
    }

    /** Matrix questions by name, each with its row variables ({@code <question>_<row>}) in order. */
    Map<String, List<String>> matrices() {
        return matrices;
    }
}

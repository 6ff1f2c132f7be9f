package nl.stemmen.questionnaire.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.Questionnaire;

/** The labels of the choices a select question offers, in one language, for {@code jr:choice-name}. */
@FunctionalInterface
public interface ChoiceLabels {

    /** The label of choice {@code choiceName} of the question storing {@code variable}; empty text when there is none. */
    String label(String variable, String choiceName);

    /**
     * The labels of {@code questionnaire}'s choices as {@code text} gives them.
     *
     * @param text (translation key, source text) → the text shown, e.g. its translation
     */
    static ChoiceLabels of(Questionnaire questionnaire, BinaryOperator<String> text) {
        Map<String, ChoiceList> lists = new HashMap<>();
        questionnaire.questions().filter(q -> q.choices() != null)
                .forEach(q -> q.variables().forEach(v -> lists.put(v, q.choices())));
        return (variable, choiceName) -> {
            ChoiceList list = lists.get(variable);
            return list == null ? "" : list.choice(choiceName).map(c -> text.apply(list.textKey(c), c.label())).orElse("");
        };
    }

    /** The labels as the questionnaire file writes them, in its source language. */
    static ChoiceLabels source(Questionnaire questionnaire) {
        return of(questionnaire, (key, source) -> source);
    }
}

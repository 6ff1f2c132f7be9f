package nl.stemmen.questionnaire.model;

import java.util.List;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.Expression;

/** One screen of the questionnaire. */
public record Page(String name, String title, Optional<Expression> relevant, List<Question> questions, int line) {

    public String titleKey() {
        return name + ".title";
    }
}

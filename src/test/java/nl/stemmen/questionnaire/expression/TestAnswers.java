package nl.stemmen.questionnaire.expression;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link EvaluationContext} backed by a map; the key "." holds the current value. Today and now are fixed;
 * question "land" offers choice "nl" labelled "Nederland".
 */
final class TestAnswers implements EvaluationContext {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 15, 14, 30, 5, 250_000_000, ZoneOffset.ofHours(2));
    static final String CURRENT = ".";

    private final Map<String, Value> answers;

    private TestAnswers(Map<String, Value> answers) {
        this.answers = answers;
    }

    /** @param namesAndValues alternating question names (or ".") and {@link Value}s */
    static TestAnswers of(Object... namesAndValues) {
        Map<String, Value> answers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            answers.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        }
        return new TestAnswers(answers);
    }

    @Override
    public Value answer(String name) {
        return answers.getOrDefault(name, Value.EMPTY);
    }

    @Override
    public Value currentValue() {
        return answers.getOrDefault(CURRENT, Value.EMPTY);
    }

    @Override
    public LocalDate today() {
        return TODAY;
    }

    @Override
    public ZonedDateTime now() {
        return NOW;
    }

    @Override
    public String choiceLabel(String variable, String choiceName) {
        return variable.equals("land") && choiceName.equals("nl") ? "Nederland" : "";
    }

    @Override
    public String toString() {
        return answers.isEmpty() ? "no answers" : answers.toString();
    }
}

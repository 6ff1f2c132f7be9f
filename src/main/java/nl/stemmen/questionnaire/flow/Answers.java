package nl.stemmen.questionnaire.flow;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.EvaluationContext;
import nl.stemmen.questionnaire.expression.Value;

/**
 * The answers of one response so far, by variable, and what the sample frame says of the
 * respondent (attribute → value; empty without a frame row); immutable.
 */
public final class Answers {

    private final Map<String, Answer> byVariable;
    private final Map<String, String> frame;

    private Answers(Map<String, Answer> byVariable, Map<String, String> frame) {
        this.byVariable = byVariable;
        this.frame = frame;
    }

    public static Answers of(Collection<Answer> answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        answers.forEach(a -> map.put(a.variable(), a));
        return new Answers(map, Map.of());
    }

    /** These answers, for a respondent whose frame row holds {@code attributes}. */
    public Answers withFrame(Map<String, String> attributes) {
        return new Answers(byVariable, Map.copyOf(attributes));
    }

    public Optional<Answer> get(String variable) {
        return Optional.ofNullable(byVariable.get(variable));
    }

    public Collection<Answer> all() {
        return byVariable.values();
    }

    public Answers with(Collection<Answer> answers) {
        Map<String, Answer> map = new LinkedHashMap<>(byVariable);
        answers.forEach(a -> map.put(a.variable(), a));
        return new Answers(map, frame);
    }

    public Answers without(Collection<String> variables) {
        Map<String, Answer> map = new LinkedHashMap<>(byVariable);
        variables.forEach(map::remove);
        return new Answers(map, frame);
    }

    /**
     * These answers as the context of an expression; {@code current} is the value of '.', {@code now} the moment
     * of evaluation (today() is its date), {@code labels} what jr:choice-name() reads.
     */
    public EvaluationContext context(Value current, ZonedDateTime now, ChoiceLabels labels) {
        return new EvaluationContext() {
            @Override
            public Value answer(String name) {
                Answer answer = byVariable.get(name);
                return answer == null ? Value.EMPTY : answer.value();
            }

            @Override
            public Value currentValue() {
                return current;
            }

            @Override
            public LocalDate today() {
                return now.toLocalDate();
            }

            @Override
            public ZonedDateTime now() {
                return now;
            }

            @Override
            public String choiceLabel(String variable, String choiceName) {
                return labels.label(variable, choiceName);
            }

            @Override
            public Value frameAttribute(String name) {
                String value = frame.get(name);
                return value == null ? Value.EMPTY : Value.ofString(value);
            }
        };
    }
}

package nl.stemmen.questionnaire.flow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.EvaluationContext;
import nl.stemmen.questionnaire.expression.Value;

/** The answers of one response so far, by variable; immutable. */
public final class Answers {

    private final Map<String, Answer> byVariable;

    private Answers(Map<String, Answer> byVariable) {
        this.byVariable = byVariable;
    }

    public static Answers of(Collection<Answer> answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        answers.forEach(a -> map.put(a.variable(), a));
        return new Answers(map);
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
        return new Answers(map);
    }

    public Answers without(Collection<String> variables) {
        Map<String, Answer> map = new LinkedHashMap<>(byVariable);
        variables.forEach(map::remove);
        return new Answers(map);
    }

    /** These answers as the context of an expression; {@code current} is the value of '.'. */
    public EvaluationContext context(Value current, LocalDate today) {
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
                return today;
            }
        };
    }
}

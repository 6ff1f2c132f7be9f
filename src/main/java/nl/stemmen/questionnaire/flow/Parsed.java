package nl.stemmen.questionnaire.flow;

import java.util.Optional;
import java.util.function.Function;

/** What typed input became: a value, or the problem whose message tells the respondent what to type instead. */
public record Parsed<T>(Optional<T> value, Optional<InputProblem> problem) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Optional.of(value), Optional.empty());
    }

    public static <T> Parsed<T> refused(InputProblem problem) {
        return new Parsed<>(Optional.empty(), Optional.of(problem));
    }

    public <U> Parsed<U> map(Function<T, U> f) {
        return new Parsed<>(value.map(f), problem);
    }
}

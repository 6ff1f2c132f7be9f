package nl.stemmen.questionnaire.expression;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/** Short ways to write the rows of an expression test table: values, and a row of expression, answers and result. */
final class ValueRows {

    private ValueRows() {
    }

    /** @param answers alternating question names (or "." for the current value) and values */
    static Arguments row(String expression, Value expected, Object... answers) {
        return Arguments.of(expression, TestAnswers.of(answers), expected);
    }

    static Value num(double number) {
        return Value.ofNumber(number);
    }

    static Value str(String text) {
        return Value.ofString(text);
    }

    static Value date(String isoDate) {
        return Value.ofDate(LocalDate.parse(isoDate));
    }

    static Value choices(String... names) {
        return Value.ofChoices(List.of(names));
    }
}

package nl.stemmen.questionnaire.expression;

import java.util.List;
import java.util.Optional;

/** One entry of the {@link Functions} registry: a name, how many arguments it takes and what it does. */
record FunctionDefinition(String name, int minArguments, int maxArguments, Body body, ArgumentCheck argumentCheck) {

    static final int UNLIMITED = Integer.MAX_VALUE;

    @FunctionalInterface
    interface Body {
        Value apply(Arguments arguments);
    }

    /** A parse-time check of the argument expressions, for mistakes that can be seen before any answer exists. */
    @FunctionalInterface
    interface ArgumentCheck {
        /** A description of what is wrong with the arguments, or empty when nothing is. */
        Optional<String> problemWith(List<Node> arguments);
    }

    static final ArgumentCheck NO_CHECK = arguments -> Optional.empty();

    boolean accepts(int argumentCount) {
        return argumentCount >= minArguments && argumentCount <= maxArguments;
    }

    /** E.g. "no arguments", "1 argument", "1 or 2 arguments", "at least 1 argument". */
    String describeArity() {
        if (minArguments == maxArguments) {
            return minArguments == 0 ? "no arguments" : arguments(minArguments);
        }
        if (maxArguments == UNLIMITED) {
            return "at least " + arguments(minArguments);
        }
        return minArguments + (maxArguments == minArguments + 1 ? " or " : " to ") + arguments(maxArguments);
    }

    private static String arguments(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }
}

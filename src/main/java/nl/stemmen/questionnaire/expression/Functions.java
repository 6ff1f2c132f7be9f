package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.FunctionDefinition.NO_CHECK;
import static nl.stemmen.questionnaire.expression.FunctionDefinition.UNLIMITED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The functions expressions may call. Adding a function means adding one {@code define} line here
 * (plus a method when the body is more than a line).
 */
final class Functions {

    /** The name of JavaRosa's function for a choice's label, which the parser knows by its namespace prefix. */
    static final String CHOICE_NAME = "jr:choice-name";
    private static final Pattern QUOTED_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}");
    private static final Map<String, FunctionDefinition> REGISTRY = new LinkedHashMap<>();

    static {
        define("selected", 2, 2, args -> Value.ofBoolean(args.get(0).asChoices().contains(args.string(1).trim())));
        define("count-selected", 1, 1, args -> Value.ofNumber(args.get(0).asChoices().size()));
        define("string-length", 1, 1, args -> Value.ofNumber(args.string(0).codePoints().count()));
        define("if", 3, 3, args -> args.bool(0) ? args.get(1) : args.get(2));
        define("coalesce", 2, 2, Functions::coalesce);
        define("today", 0, 0, args -> Value.ofDate(args.context().today()));
        define("not", 1, 1, args -> Value.ofBoolean(!args.bool(0)));
        define("true", 0, 0, args -> Value.TRUE);
        define("false", 0, 0, args -> Value.FALSE);
        define("number", 1, 1, args -> Value.ofNumber(args.number(0)));
        define("string", 1, 1, args -> Value.ofString(args.string(0)));
        define("boolean", 1, 1, args -> Value.ofBoolean(args.bool(0)));
        define("int", 1, 1, args -> Value.ofNumber(truncate(args.number(0))));
        define("round", 1, 2, Functions::round);
        define("concat", 1, UNLIMITED, Functions::concat);
        define("contains", 2, 2, args -> Value.ofBoolean(args.string(0).contains(args.string(1))));
        define("starts-with", 2, 2, args -> Value.ofBoolean(args.string(0).startsWith(args.string(1))));
        define("regex", 2, 2, Functions::regex, Functions::invalidLiteralPattern);
        define("frame", 1, 1, args -> args.context().frameAttribute(args.string(0)), Functions::quotedAttributeName);
        define("substr", 2, 3, Functions::substr);
        define("boolean-from-string", 1, 1, args -> Value.ofBoolean(List.of("true", "1").contains(args.string(0))));
        define("format-date", 2, 2, args -> DateTimes.moment(args.get(0))
                .map(moment -> Value.ofString(DateTimes.format(moment, args.string(1)))).orElse(Value.EMPTY));
        define("decimal-date-time", 1, 1, args -> Value.ofNumber(DateTimes.days(args.get(0))));
        define("date", 1, 1, args -> DateTimes.date(args.get(0)).map(Value::ofDate).orElse(Value.EMPTY));
        define("now", 0, 0, args -> Value.ofString(DateTimes.iso(args.context().now())));
        define(CHOICE_NAME, 2, 2, args -> Value.ofString(args.context().choiceLabel(
                questionOfChoiceName((Literal) args.node(1)), args.string(0).trim())), Functions::quotedQuestion);
        define("selected-at", 2, 2, Functions::selectedAt);
        define("min", 1, UNLIMITED, args -> extreme(args, Math::min));
        define("max", 1, UNLIMITED, args -> extreme(args, Math::max));
    }


    private Functions() {
    }

    static Optional<FunctionDefinition> find(String name) {
        return Optional.ofNullable(REGISTRY.get(name));
    }

    /** The registered names, in registration order. */
    static Set<String> names() {
        return Collections.unmodifiableSet(REGISTRY.keySet());
    }

    private static void define(String name, int min, int max, FunctionDefinition.Body body) {
        define(name, min, max, body, NO_CHECK);
    }

    private static void define(String name, int min, int max, FunctionDefinition.Body body,
            FunctionDefinition.ArgumentCheck check) {
        REGISTRY.put(name, new FunctionDefinition(name, min, max, body, check));
    }

    private static Value coalesce(Arguments args) {
        Value first = args.get(0);
        return first.isEmpty() ? args.get(1) : first;
    }

    private static double truncate(double number) {
        return number < 0 ? Math.ceil(number) : Math.floor(number);
    }

    /**
     * round(x) and round(x, digits) as in JavaRosa: halves round towards positive infinity, as in
     * XPath ({@code round(2.5) = 3}, {@code round(-2.5) = -2}); negative digits round to tens,
     * hundreds and so on.
     */
    private static Value round(Arguments args) {
        double number = args.number(0);
        double digits = args.count() == 2 ? args.number(1) : 0;
        if (Double.isNaN(digits)) {
            return Value.ofNumber(Double.NaN);
        }
        if (!Double.isFinite(number)) {
            return Value.ofNumber(number);
        }
        // a double has no digits beyond these bounds, and a huge scale would only cost memory
        int scale = (int) Math.max(-400, Math.min(400, truncate(digits)));
        RoundingMode halfTowardsPositiveInfinity = number < 0 ? RoundingMode.HALF_DOWN : RoundingMode.HALF_UP;
        return Value.ofNumber(BigDecimal.valueOf(number).setScale(scale, halfTowardsPositiveInfinity).doubleValue());
    }

    private static Value concat(Arguments args) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.count(); i++) {
            text.append(args.string(i));
        }
        return Value.ofString(text.toString());
    }

    /** regex(s, pattern): whether the whole of s matches, as in JavaRosa. A pattern that does not compile matches nothing. */
    private static Value regex(Arguments args) {
        try {
            return Value.ofBoolean(Pattern.matches(args.string(1), args.string(0)));
        } catch (PatternSyntaxException invalidPattern) {
            return Value.FALSE;
        }
    }

    /**
     * substr(s, start[, end]) as in JavaRosa: characters (code points) from 0-based {@code start} up to but not
     * including {@code end} (default: the end); a negative position counts from the end, positions are cut to
     * whole numbers (NaN counts as 0) and kept within the text, and an empty range is empty text.
     */
    private static Value substr(Arguments args) {
        String text = args.string(0);
        int length = text.codePointCount(0, text.length());
        int start = position(args.number(1), length);
        int end = args.count() == 3 ? position(args.number(2), length) : length;
        if (start >= end) {
            return Value.EMPTY;
        }
        return Value.ofString(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
    }

    private static int position(double index, int length) {
        double whole = Double.isNaN(index) ? 0 : truncate(index);
        double from = whole < 0 ? length + whole : whole;
        return (int) Math.max(0, Math.min(length, from));
    }

    /** selected-at(${q}, n): the name of the n-th chosen option, counting from 0; empty text past the end. */
    private static Value selectedAt(Arguments args) {
        List<String> chosen = args.get(0).asChoices();
        double index = args.number(1);
        if (Double.isNaN(index) || index < 0 || index >= chosen.size()) {
            return Value.EMPTY;
        }
        return Value.ofString(chosen.get((int) index));
    }

    /** min(…)/max(…) over the arguments as numbers; NaN as soon as one is no number (an empty answer too), as in JavaRosa. */
    private static Value extreme(Arguments args, DoubleBinaryOperator pick) {
        double result = args.number(0);
        for (int i = 1; i < args.count(); i++) {
            result = pick.applyAsDouble(result, args.number(i));
        }
        return Value.ofNumber(result);
    }

    /** The question in {@code jr:choice-name(value, '${question}')}: the name inside the quoted reference. */
    static String questionOfChoiceName(Literal quoted) {
        Matcher matcher = QUOTED_REFERENCE.matcher(quoted.value().asString().trim());
        return matcher.matches() ? matcher.group(1) : "";
    }

    /** jr:choice-name() names its question as XLSForm writes it, a reference in quotes, so the loader can check it. */
    private static Optional<String> quotedQuestion(List<Node> arguments) {
        return arguments.get(1) instanceof Literal literal && !questionOfChoiceName(literal).isEmpty() ? Optional.empty()
                : Optional.of("jr:choice-name() takes the question as a reference in quotes, e.g. jr:choice-name(${land}, '${land}')");
    }

    /** frame() takes the attribute's name in quotes, so the loader can check it against {@code frame_attributes}. */
    private static Optional<String> quotedAttributeName(List<Node> arguments) {
        return arguments.get(0) instanceof Literal literal && !literal.value().asString().isBlank() ? Optional.empty()
                : Optional.of("frame() takes the name of a frame attribute in quotes, e.g. frame('gender')");
    }

    /** Reports a quoted pattern that does not compile when the form is loaded, rather than rejecting every answer. */
    private static Optional<String> invalidLiteralPattern(List<Node> arguments) {
        if (!(arguments.get(1) instanceof Literal literal)) {
            return Optional.empty();
        }
        String pattern = literal.value().asString();
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException invalidPattern) {
            return Optional.of("'" + pattern + "' is not a valid regular expression for 'regex': "
                    + invalidPattern.getDescription());
        }
    }
}

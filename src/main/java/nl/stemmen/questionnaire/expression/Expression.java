package nl.stemmen.questionnaire.expression;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed XLSForm expression (a relevant, constraint, required or calculation), ready to be
 * evaluated any number of times. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Expression relevant = Expression.parse("selected(${situatie}, 'werk') and ${leeftijd} >= 18");
 * relevant.references();          // [situatie, leeftijd]
 * relevant.isTrue(answers);       // true or false
 * }</pre>
 */
public final class Expression {

    private final String source;
    private final Node root;
    private final Set<String> references;
    private final Set<String> frameAttributes;
    private final Set<String> choiceNameQuestions;
    private final boolean usesCurrentValue;
    private final Set<String> choiceFields;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
        Set<String> names = new LinkedHashSet<>();
        Set<String> attributes = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        Set<String> labelled = new LinkedHashSet<>();
        boolean current = false;
        // depth-first, children in source order, so names come out in order of appearance
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Reference reference) {
                names.add(reference.name());
            }
            if (node instanceof FunctionCall call && call.function().name().equals(Functions.CHOICE_NAME)) {
                // its quoted question counts as a reference, in its place: after the first argument
                String question = Functions.questionOfChoiceName((Literal) call.arguments().get(1));
                labelled.add(question);
                pending.push(new Reference(question));
            }
            if (node instanceof FunctionCall call && call.function().name().equals("frame")
                    && call.arguments().get(0) instanceof Literal name) {
                attributes.add(name.value().asString());
            }
            current |= node instanceof CurrentValue;
            if (node instanceof ChoiceField field) {
                fields.add(field.column());
            }
            for (int i = node.children().size() - 1; i >= 0; i--) {
                pending.push(node.children().get(i));
            }
        }
        this.references = Collections.unmodifiableSet(names);
        this.frameAttributes = Collections.unmodifiableSet(attributes);
        this.choiceNameQuestions = Collections.unmodifiableSet(labelled);
        this.usesCurrentValue = current;
        this.choiceFields = Collections.unmodifiableSet(fields);
    }

    /** Parses {@code source}; unknown functions and wrong argument counts are reported here too. */
    public static Expression parse(String source) throws ExpressionSyntaxException {
        Objects.requireNonNull(source, "source");
        return new Expression(source, Parser.parse(source, false));
    }

    /**
     * Parses a choice_filter, where a bare word is a field of the choice being decided on:
     * {@code name}, or a column such as {@code country} (see {@link #choiceFields()}).
     */
    public static Expression parseChoiceFilter(String source) throws ExpressionSyntaxException {
        Objects.requireNonNull(source, "source");
        return new Expression(source, Parser.parse(source, true));
    }

    /** Evaluates against the given answers. Never throws for any answers: bad input gives NaN, '' or false. */
    public Value evaluate(EvaluationContext context) {
        return root.evaluate(context);
    }

    /** XPath boolean() of the result: what a relevant, constraint or required expression means. */
    public boolean isTrue(EvaluationContext context) {
        return evaluate(context).asBoolean();
    }

    /** Every question named with {@code ${name}} (also the quoted one of {@code jr:choice-name}), in order of first appearance. */
    public Set<String> references() {
        return references;
    }

    /** Every sample-frame attribute named with {@code frame('…')}, in order of first appearance. */
    public Set<String> frameAttributes() {
        return frameAttributes;
    }

    /** The bare words of a choice_filter ({@code name}, {@code country}), in order of first appearance; else empty. */
    public Set<String> choiceFields() {
        return choiceFields;
    }

    /** Every question whose choice labels {@code jr:choice-name(…, '${question}')} reads, in order of appearance. */
    public Set<String> choiceNameQuestions() {
        return choiceNameQuestions;
    }

    /** Whether {@code .} (the answer being checked) appears. */
    public boolean usesCurrentValue() {
        return usesCurrentValue;
    }

    public String source() {
        return source;
    }

    /**
     * The expression read out in plain Dutch for staff, e.g. {@code 'taalles' gekozen bij situatie}
     * for {@code selected(${situatie}, 'taalles')}: see {@link PlainWords} for the readings.
     */
    public String inPlainWords() {
        return PlainWords.of(root);
    }

    @Override
    public String toString() {
        return source;
    }
}

package nl.stemmen.questionnaire.expression;

/**
 * A bare word in a choice_filter, XLSForm style: {@code name} is the choice's name, any other word
 * a column of the choice ({@code country} in {@code country = ${country}}).
 */
record ChoiceField(String column) implements Node {

    @Override
    public Value evaluate(EvaluationContext context) {
        return context.choiceField(column);
    }
}

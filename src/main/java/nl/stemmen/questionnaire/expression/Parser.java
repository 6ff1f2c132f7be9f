package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.INVALID_ARGUMENT;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.TOO_DEEP;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_END;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_TOKEN;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser from {@link Token}s to a {@link Node} tree, with XPath precedence:
 * {@code or} &lt; {@code and} &lt; {@code = !=} &lt; {@code < <= > >=} &lt; {@code + -} &lt;
 * {@code * div mod} &lt; unary minus. Binary operators are left-associative. Unknown functions
 * and wrong argument counts are reported here, before anything is evaluated. Brackets, function
 * calls and minus signs nest at most {@value #MAX_NESTING} deep and the tree is at most
 * {@value #MAX_DEPTH} levels deep, so neither parsing nor evaluation can exhaust the stack.
 */
final class Parser {

    @FunctionalInterface
    private interface BinaryNodeFactory {
        Node create(Node left, Node right);
    }

    /** The binary operators below {@code and}, from the loosest binding level to the tightest. */
    private static final List<Map<String, BinaryNodeFactory>> PRECEDENCE_LEVELS = List.of(
            Map.of("=", (l, r) -> new Equality(Equality.Operator.EQUAL, l, r),
                    "!=", (l, r) -> new Equality(Equality.Operator.NOT_EQUAL, l, r)),
            Map.of("<", (l, r) -> new Comparison(Comparison.Operator.LESS, l, r),
                    "<=", (l, r) -> new Comparison(Comparison.Operator.LESS_OR_EQUAL, l, r),
                    ">", (l, r) -> new Comparison(Comparison.Operator.GREATER, l, r),
                    ">=", (l, r) -> new Comparison(Comparison.Operator.GREATER_OR_EQUAL, l, r)),
            Map.of("+", (l, r) -> new Arithmetic(Arithmetic.Operator.ADD, l, r),
                    "-", (l, r) -> new Arithmetic(Arithmetic.Operator.SUBTRACT, l, r)),
            Map.of("*", (l, r) -> new Arithmetic(Arithmetic.Operator.MULTIPLY, l, r),
                    "div", (l, r) -> new Arithmetic(Arithmetic.Operator.DIVIDE, l, r),
                    "mod", (l, r) -> new Arithmetic(Arithmetic.Operator.MODULO, l, r)));

    private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "div", "mod");

    /** Brackets, function calls and minus signs inside one another. */
    static final int MAX_NESTING = 50;
    /** Levels of the syntax tree: each operator of a chain like a + b + c adds one, a chain of and/or one in all. */
    static final int MAX_DEPTH = 100;

    private final List<Token> tokens;
    /** Whether a bare word is a field of a choice (a choice_filter) rather than a mistake. */
    private final boolean choiceFields;
    private int index;
    private int nesting;

    private Parser(List<Token> tokens, boolean choiceFields) {
        this.tokens = tokens;
        this.choiceFields = choiceFields;
    }

    /** @param choiceFields whether bare words are a choice's fields, as in a choice_filter */
    static Node parse(String source, boolean choiceFields) throws ExpressionSyntaxException {
        return new Parser(new Lexer(source).tokenize(), choiceFields).parseAll();
    }

    private Node parseAll() throws ExpressionSyntaxException {
        if (peek().kind() == Token.Kind.END) {
            throw new ExpressionSyntaxException(UNEXPECTED_END, "the expression is empty", 0);
        }
        Node root = parseExpression();
        checkDepth(root);
        Token extra = peek();
        if (extra.is(")")) {
            throw new ExpressionSyntaxException(UNEXPECTED_TOKEN, "')' has no matching '('", extra.position());
        }
        if (extra.kind() != Token.Kind.END) {
            throw new ExpressionSyntaxException(UNEXPECTED_TOKEN,
                    "expected an operator or the end of the expression but found " + extra.describe(),
                    extra.position());
        }
        return root;
    }

    private Node parseExpression() throws ExpressionSyntaxException {
        return parseChain(Logical.Operator.OR);
    }

    /** An or-chain of and-chains; each chain becomes one node, built once however long it is. */
    private Node parseChain(Logical.Operator operator) throws ExpressionSyntaxException {
        String word = operator.name().toLowerCase(Locale.ROOT);
        List<Node> operands = new ArrayList<>();
        operands.add(parseChainOperand(operator));
        while (peek().is(word)) {
            Token token = peek();
            advance();
            requireValueAfter(token);
            operands.add(parseChainOperand(operator));
        }
        return operands.size() == 1 ? operands.get(0) : new Logical(operator, List.copyOf(operands));
    }

    private Node parseChainOperand(Logical.Operator operator) throws ExpressionSyntaxException {
        return operator == Logical.Operator.OR ? parseChain(Logical.Operator.AND) : parseLevel(0);
    }

    private Node parseLevel(int level) throws ExpressionSyntaxException {
        if (level == PRECEDENCE_LEVELS.size()) {
            return parseUnary();
        }
        Node left = parseLevel(level + 1);
        while (true) {
            Token operator = peek();
            BinaryNodeFactory factory = isOperator(operator) ? PRECEDENCE_LEVELS.get(level).get(operator.text()) : null;
            if (factory == null) {
                return left;
            }
            advance();
            requireValueAfter(operator);
            left = factory.create(left, parseLevel(level + 1));
        }
    }

    private Node parseUnary() throws ExpressionSyntaxException {
        Token minus = peek();
        if (minus.is("-")) {
            enter(minus);
            advance();
            requireValueAfter(minus);
            Node negation = new Negation(parseUnary());
            nesting--;
            return negation;
        }
        return parsePrimary();
    }

    private Node parsePrimary() throws ExpressionSyntaxException {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER -> {
                advance();
                return new Literal(Value.ofNumber(Double.parseDouble(token.text())));
            }
            case STRING -> {
                advance();
                return new Literal(Value.ofString(token.content()));
            }
            case REFERENCE -> {
                advance();
                return new Reference(token.content());
            }
            case DOT -> {
                advance();
                return new CurrentValue();
            }
            case NAME -> {
                if (!WORD_OPERATORS.contains(token.text())) {
                    return parseNamed(token);
                }
            }
            case END -> throw new ExpressionSyntaxException(UNEXPECTED_END,
                    "expected a value but found end of expression", token.position());
            case SYMBOL -> {
                if (token.is("(")) {
                    enter(token);
                    advance();
                    Node inner = parseExpression();
                    expectClosingParenthesis("an operator");
                    nesting--;
                    return inner;
                }
            }
        }
        // an operator or ')' or ',' where a value should start
        String message = isOperator(token)
                ? token.describe() + " needs a value on its left"
                : "expected a value but found " + token.describe();
        throw new ExpressionSyntaxException(UNEXPECTED_TOKEN, message, token.position());
    }

    /** A name is a function call when '(' follows; otherwise it most likely is text without quotes. */
    private Node parseNamed(Token name) throws ExpressionSyntaxException {
        if (choiceFields && !tokens.get(index + 1).is("(")) {
            advance();
            return new ChoiceField(name.text());
        }
        if (!tokens.get(index + 1).is("(")) {
            throw new ExpressionSyntaxException(UNEXPECTED_TOKEN,
                    "'" + name.text() + "' is not a value: put text in quotes ('" + name.text()
                            + "') or refer to a question as ${" + name.text() + "}",
                    name.position());
        }
        FunctionDefinition function = Functions.find(name.text())
                .orElseThrow(() -> new UnknownFunctionException(name.text(), name.position()));
        enter(name);
        advance();
        advance();
        List<Node> arguments = new ArrayList<>();
        if (!peek().is(")")) {
            arguments.add(parseExpression());
            while (peek().is(",")) {
                advance();
                arguments.add(parseExpression());
            }
        }
        expectClosingParenthesis("','");
        nesting--;
        if (!function.accepts(arguments.size())) {
            throw new ExpressionArityException(function, arguments.size(), name.position());
        }
        Optional<String> problem = function.argumentCheck().problemWith(arguments);
        if (problem.isPresent()) {
            throw new ExpressionSyntaxException(INVALID_ARGUMENT, problem.get(), name.position());
        }
        return new FunctionCall(function, arguments);
    }

    /** One level deeper at {@code opening} ('(', a function name or a minus sign), refused past {@link #MAX_NESTING}. */
    private void enter(Token opening) throws ExpressionSyntaxException {
        if (++nesting > MAX_NESTING) {
            throw new ExpressionSyntaxException(TOO_DEEP, "more than " + MAX_NESTING
                    + " brackets, functions or minus signs inside one another; write it simpler or split it", opening.position());
        }
    }

    /** Refuses a tree deeper than {@link #MAX_DEPTH}, measured without recursion. */
    private static void checkDepth(Node root) throws ExpressionSyntaxException {
        Deque<Node> level = new ArrayDeque<>(List.of(root));
        for (int depth = 1; !level.isEmpty(); depth++) {
            if (depth > MAX_DEPTH) {
                throw new ExpressionSyntaxException(TOO_DEEP, "more than " + MAX_DEPTH + " levels of operations:"
                        + " each operator in a chain like a + b + c adds one (a chain of 'and' or 'or' counts once); split it", 0);
            }
            Deque<Node> next = new ArrayDeque<>();
            level.forEach(node -> next.addAll(node.children()));
            level = next;
        }
    }

    /** @param alternative what else could have come instead of ')', for the error message */
    private void expectClosingParenthesis(String alternative) throws ExpressionSyntaxException {
        Token token = peek();
        if (token.is(")")) {
            advance();
            return;
        }
        if (token.kind() == Token.Kind.END) {
            throw new ExpressionSyntaxException(UNEXPECTED_END,
                    "expected ')' but found end of expression", token.position());
        }
        throw new ExpressionSyntaxException(UNEXPECTED_TOKEN,
                "expected " + alternative + " or ')' but found " + token.describe(), token.position());
    }

    /** After a binary or unary operator: report a missing operand in terms of that operator. */
    private void requireValueAfter(Token operator) throws ExpressionSyntaxException {
        Token next = peek();
        if (!startsValue(next)) {
            throw new ExpressionSyntaxException(next.kind() == Token.Kind.END ? UNEXPECTED_END : UNEXPECTED_TOKEN,
                    operator.describe() + " needs a value on its right", next.position());
        }
    }

    private static boolean startsValue(Token token) {
        return switch (token.kind()) {
            case NUMBER, STRING, REFERENCE, DOT -> true;
            case NAME -> !WORD_OPERATORS.contains(token.text());
            case SYMBOL -> token.is("(") || token.is("-");
            case END -> false;
        };
    }

    private static boolean isOperator(Token token) {
        return (token.kind() == Token.Kind.SYMBOL && !token.is("(") && !token.is(")") && !token.is(","))
                || (token.kind() == Token.Kind.NAME && WORD_OPERATORS.contains(token.text()));
    }

    private Token peek() {
        return tokens.get(index);
    }

    private void advance() {
        index++;
    }
}

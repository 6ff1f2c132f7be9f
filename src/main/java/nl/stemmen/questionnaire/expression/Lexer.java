package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_CHARACTER;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_END;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNTERMINATED_STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cuts expression source into {@link Token}s. */
final class Lexer {

    // characters authors bring from other languages, with what to write instead
    private static final Map<Character, String> HINTS = Map.of(
            '&', "use 'and' to combine conditions",
            '|', "use 'or' for alternatives",
            '/', "use 'div' to divide",
            '%', "use 'mod' for the remainder",
            '!', "use '!=' for 'not equal to', or not(...) to negate");

    private static final String JAVAROSA_PREFIX = "jr:";

    private final String source;
    private int position;

    Lexer(String source) {
        this.source = source;
    }

    List<Token> tokenize() throws ExpressionSyntaxException {
        List<Token> tokens = new ArrayList<>();
        skipWhitespace();
        while (position < source.length()) {
            tokens.add(nextToken());
            skipWhitespace();
        }
        tokens.add(new Token(Token.Kind.END, "", source.length()));
        return tokens;
    }

    private Token nextToken() throws ExpressionSyntaxException {
        int start = position;
        char c = source.charAt(position);
        if (isDigit(c) || (c == '.' && isDigit(charAt(position + 1)))) {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        if (c == '$') {
            return reference(start);
        }
        if (isNameStart(c)) {
            skipNameParts();
            // JavaRosa's own functions carry its namespace prefix: jr:choice-name
            if (source.startsWith(JAVAROSA_PREFIX, start) && position == start + 2 && isNameStart(charAt(position + 1))) {
                position++;
                skipNameParts();
            }
            return token(Token.Kind.NAME, start);
        }
        return symbol(start, c);
    }

    private Token number(int start) {
        skipDigits();
        if (charAt(position) == '.') {
            position++;
            skipDigits();
        }
        return token(Token.Kind.NUMBER, start);
    }

    // XPath strings have no escapes: a quote of the other kind is how to include one
    private Token string(int start, char quote) throws ExpressionSyntaxException {
        int end = source.indexOf(quote, start + 1);
        if (end < 0) {
            throw new ExpressionSyntaxException(UNTERMINATED_STRING,
                    "the text that starts with " + quote + " is never closed (missing " + quote + ")", start);
        }
        position = end + 1;
        return token(Token.Kind.STRING, start);
    }

    private Token reference(int start) throws ExpressionSyntaxException {
        position++;
        if (charAt(position) != '{') {
            throw new ExpressionSyntaxException(UNEXPECTED_CHARACTER,
                    "'$' must be followed by {name} to refer to a question, as in ${name}", start);
        }
        position++;
        if (!isNameStart(charAt(position))) {
            throw unexpected("expected a question name after '${'");
        }
        int nameStart = position;
        while (isNamePart(charAt(position)) || charAt(position) == '.') {
            position++;
        }
        if (charAt(position) != '}') {
            throw unexpected("expected '}' to close '${" + source.substring(nameStart, position) + "'");
        }
        position++;
        return token(Token.Kind.REFERENCE, start);
    }

    private Token symbol(int start, char c) throws ExpressionSyntaxException {
        position++;
        switch (c) {
            case '(', ')', ',', '+', '-', '*' -> {
                return token(Token.Kind.SYMBOL, start);
            }
            case '.' -> {
                return token(Token.Kind.DOT, start);
            }
            case '=' -> {
                if (charAt(position) == '=') {
                    throw new ExpressionSyntaxException(UNEXPECTED_CHARACTER,
                            "use a single '=' to compare", position);
                }
                return token(Token.Kind.SYMBOL, start);
            }
            case '<', '>' -> {
                if (charAt(position) == '=') {
                    position++;
                }
                return token(Token.Kind.SYMBOL, start);
            }
            case '!' -> {
                if (charAt(position) == '=') {
                    position++;
                    return token(Token.Kind.SYMBOL, start);
                }
            }
        }
        String hint = HINTS.get(c);
        throw new ExpressionSyntaxException(UNEXPECTED_CHARACTER,
                "unexpected character '" + c + "'" + (hint == null ? "" : ": " + hint), start);
    }

    /** An error at the current position, naming what is there instead. */
    private ExpressionSyntaxException unexpected(String expectation) {
        if (position >= source.length()) {
            return new ExpressionSyntaxException(UNEXPECTED_END,
                    expectation + " but found end of expression", position);
        }
        return new ExpressionSyntaxException(UNEXPECTED_CHARACTER,
                expectation + " but found '" + source.charAt(position) + "'", position);
    }

    private Token token(Token.Kind kind, int start) {
        return new Token(kind, source.substring(start, position), start);
    }

    private void skipWhitespace() {
        while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
    }

    private void skipNameParts() {
        while (isNamePart(charAt(position))) {
            position++;
        }
    }

    private void skipDigits() {
        while (isDigit(charAt(position))) {
            position++;
        }
    }

    /** The character at {@code index}, or 0 past the end so callers need no bounds checks. */
    private char charAt(int index) {
        return index < source.length() ? source.charAt(index) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    // function names use these (count-selected); question names inside ${...} may also contain '.'
    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || c == '-';
    }
}

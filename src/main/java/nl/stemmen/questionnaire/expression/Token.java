package nl.stemmen.questionnaire.expression;

/** A piece of expression source as the {@link Lexer} cut it: its kind, its text as written and where it starts. */
record Token(Kind kind, String text, int position) {

    enum Kind {
        NUMBER,
        /** Quoted text; {@link #text()} includes the quotes. */
        STRING,
        /** {@code ${name}}; {@link #text()} includes the {@code ${ }}. */
        REFERENCE,
        /** {@code .} on its own: the current value. */
        DOT,
        /** A function name or one of the word operators {@code and or div mod}. */
        NAME,
        /** Punctuation and symbolic operators: {@code ( ) , + - * = != < <= > >=}. */
        SYMBOL,
        END
    }

    boolean is(String symbolOrName) {
        return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbolOrName);
    }

    /** The text between the quotes of a {@link Kind#STRING}, or the name inside a {@link Kind#REFERENCE}. */
    String content() {
        return kind == Kind.REFERENCE ? text.substring(2, text.length() - 1) : text.substring(1, text.length() - 1);
    }

    /** How an error message names this token. */
    String describe() {
        return switch (kind) {
            case END -> "end of expression";
            case STRING -> "the text " + text;
            default -> "'" + text + "'";
        };
    }
}

package nl.stemmen.language;

import java.math.BigDecimal;
import java.util.BitSet;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;

/**
 * How one language writes on a page: its digits and its direction. {@link #show} applies both to any
 * text Stemmen shows, so neither questionnaire authors nor translators need to do it by hand.
 */
public final class Writing {

    private static final char LRI = '\u2066', RLI = '\u2067', PDI = '\u2069';

    private final Language language;
    private final int[] digits;
    private final ULocale locale;

    /**
     * @param numberingSystem an ICU numbering system name with ten decimal digits ({@code latn}, {@code arab},
     *                        {@code arabext}); anything else is an {@link IllegalArgumentException}
     */
    public Writing(Language language, String numberingSystem) {
        NumberingSystem system = NumberingSystem.getInstanceByName(numberingSystem);
        if (system == null || system.isAlgorithmic() || system.getRadix() != 10) {
            throw new IllegalArgumentException("stemmen.digits." + language.code() + "=" + numberingSystem
                    + " is not an ICU numbering system with ten digits (latn, arab, arabext …)");
        }
        this.language = language;
        this.digits = system.getDescription().codePoints().toArray();
        this.locale = language.locale().setKeywordValue("numbers", numberingSystem);
    }

    public Language language() {
        return language;
    }

    /** The language with its digits ({@code ar@numbers=arab}), for ICU number and message formats. */
    public ULocale locale() {
        return locale;
    }

    /**
     * A text as this language shows it. Runs in the other direction are wrapped in Unicode isolates
     * (LRI…PDI in right-to-left text, RLI…PDI in left-to-right text), so «(onderwijsroute، B1-entree)»
     * keeps its order. Digits outside those runs become this language's digits; digits inside a run
     * of Latin letters stay as written, since they belong to a term or address ("B1", "1e").
     */
    public String show(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int end = otherDirectionRun(text, i);
            if (end > i) {
                shown.append(language.isRightToLeft() ? LRI : RLI).append(text, i, end).append(PDI);
                i = end;
            } else {
                int c = text.codePointAt(i);
                int digit = UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(c, 10) : -1;
                shown.appendCodePoint(digit >= 0 ? digits[digit] : c);
                i += Character.charCount(c);
            }
        }
        return shown.toString();
    }

    /**
     * Where a run of the other direction that starts at {@code from} ends, or {@code from} if none starts
     * there. A run starts with a letter of the other direction, or digits written against one ("5G"), and
     * takes in digits, spaces and punctuation up to the last letter or digit before a letter or punctuation
     * mark of this language's script (the Arabic comma in «(onderwijsroute، B1-entree)» separates two
     * terms) or a bracket (brackets belong to the surrounding text, which mirrors them).
     */
    private int otherDirectionRun(String text, int from) {
        int start = from;
        while (start < text.length() && isDigit(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        if (start == text.length() || !isOther(text.codePointAt(start))) {
            return from;
        }
        int end = from;
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isOwn(c) || UCharacter.getIntPropertyValue(c, UProperty.BIDI_PAIRED_BRACKET_TYPE)
                    != UCharacter.BidiPairedBracketType.NONE) {
                break;
            }
            i += Character.charCount(c);
            if (isOther(c) || isDigit(c)) {
                end = i;
            }
        }
        return end;
    }

    private boolean isOther(int c) {
        return language.isRightToLeft() ? isLeftToRight(c) : isRightToLeft(c);
    }

    private boolean isOwn(int c) {
        return language.isRightToLeft() ? isRightToLeft(c) || ofRightToLeftScript(c) : isLeftToRight(c);
    }

    /** Punctuation and digits used only by right-to-left scripts (، ؛ ؟ ٠-٩). */
    private static boolean ofRightToLeftScript(int c) {
        BitSet scripts = new BitSet();
        UScript.getScriptExtensions(c, scripts);
        return scripts.stream().anyMatch(UScript::isRightToLeft);
    }

    private static boolean isLeftToRight(int c) {
        return UCharacter.getDirection(c) == UCharacterDirection.LEFT_TO_RIGHT;
    }

    private static boolean isRightToLeft(int c) {
        int d = UCharacter.getDirection(c);
        return d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isDigit(int c) {
        return UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER;
    }

    /** A stored number as one would type it in this language: its digits and decimal mark, no grouping. */
    public String number(BigDecimal number) {
        String plain = number.toPlainString();
        String decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparatorString();
        StringBuilder shown = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if (c >= '0' && c <= '9') {
                shown.appendCodePoint(digits[c - '0']);
            } else {
                shown.append(c == '.' ? decimalMark : String.valueOf(c));
            }
        }
        return shown.toString();
    }
}

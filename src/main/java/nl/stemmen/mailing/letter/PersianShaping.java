package nl.stemmen.mailing.letter;

import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UProperty;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * ICU's Arabic shaping as openhtmltopdf uses it, completed for Farsi. ICU's ArabicShaping maps letters to
 * Presentation Forms-B only, so the Farsi letters پ چ ژ ک گ ی (Presentation Forms-A) stay unjoined. This gives
 * them their contextual form afterwards, from the forms ICU chose for their neighbours, and drops the zero-width
 * (non-)joiners that the shaped forms make redundant and that the Noto fonts would otherwise draw as a visible mark.
 */
final class PersianShaping implements BidiReorderer {

    /** Isolated, final, initial, medial: the Unicode Presentation Forms-A code points of each Farsi letter. */
    private static final Map<Character, char[]> FORMS = Map.of(
            '\u067E', new char[] {'\uFB56', '\uFB57', '\uFB58', '\uFB59'},   // peh
            '\u0686', new char[] {'\uFB7A', '\uFB7B', '\uFB7C', '\uFB7D'},   // tcheh
            '\u0698', new char[] {'\uFB8A', '\uFB8B', '\uFB8A', '\uFB8B'},   // jeh joins on its right side only
            '\u06A9', new char[] {'\uFB8E', '\uFB8F', '\uFB90', '\uFB91'},   // keheh
            '\u06AF', new char[] {'\uFB92', '\uFB93', '\uFB94', '\uFB95'},   // gaf
            '\u06CC', new char[] {'\uFBFC', '\uFBFD', '\uFBFE', '\uFBFF'});  // Farsi yeh

    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    @Override
    public String shapeText(String logical) {
        String shaped = icu.shapeText(logical);
        if (shaped.chars().noneMatch(c -> FORMS.containsKey((char) c) || c == '\u200C' || c == '\u200D')) {
            return shaped;
        }
        StringBuilder out = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms != null) {
                boolean afterJoin = joinsForward(shaped, previous(shaped, i));
                boolean beforeJoin = c != '\u0698' && joinsBack(shaped, next(shaped, i));
                out.append(forms[(beforeJoin ? 2 : 0) + (afterJoin ? 1 : 0)]);
            } else if (c != '\u200C' && c != '\u200D') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the letter at {@code at} (ICU-shaped, or an unshaped Farsi letter) connects to the one after it. */
    private static boolean joinsForward(String text, int at) {
        if (at < 0) {
            return false;
        }
        char c = text.charAt(at);
        if (FORMS.containsKey(c)) {
            return c != '\u0698';
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        return type == DecompositionType.INITIAL || type == DecompositionType.MEDIAL;
    }

    /** Whether the letter at {@code at} connects to the one before it. */
    private static boolean joinsBack(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (FORMS.containsKey(c)) {
            return true;
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        return type == DecompositionType.FINAL || type == DecompositionType.MEDIAL;
    }

    /** The index of the nearest letter before {@code i}, skipping marks (harakat), which do not break a join. */
    private static int previous(String text, int i) {
        int j = i - 1;
        while (j >= 0 && UCharacter.getType(text.charAt(j)) == UCharacter.NON_SPACING_MARK) {
            j--;
        }
        return j;
    }

    private static int next(String text, int i) {
        int j = i + 1;
        while (j < text.length() && UCharacter.getType(text.charAt(j)) == UCharacter.NON_SPACING_MARK) {
            j++;
        }
        return j;
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}

package nl.stemmen.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class WritingTest {

    private static final String LRI = "\u2066", RLI = "\u2067", PDI = "\u2069";
    private final Writing arabic = new Writing(Language.AR, "arab");
    private final Writing farsi = new Writing(Language.FA, "arabext");
    private final Writing dutch = new Writing(Language.NL, "latn");

    @Test
    void latinRunsInArabicAreIsolatedWithTheirSpacesPunctuationAndDigits() {
        assertEquals("مسار التعليم (" + LRI + "onderwijsroute" + PDI + "، " + LRI + "B1-entree" + PDI + ")",
                arabic.show("مسار التعليم (onderwijsroute، B1-entree)"), "the Arabic comma separates two terms");
        assertEquals("مسار " + LRI + "B1" + PDI + " (" + LRI + "B1-route" + PDI + ")", arabic.show("مسار B1 (B1-route)"),
                "brackets stay in the Arabic text, which mirrors them");
        assertEquals("اكتب إلى " + LRI + "info@stemmen.nl" + PDI + ".", arabic.show("اكتب إلى info@stemmen.nl."));
        assertEquals("شبكة " + LRI + "5G" + PDI + " و " + LRI + "Den Haag" + PDI, arabic.show("شبكة 5G و Den Haag"),
                "digits written against a Latin letter belong to the term");
    }

    @Test
    void digitsOutsideLatinTermsTakeTheLanguagesDigits() {
        assertEquals("يُرجى كتابة رقم بين ١ و٤٠.", arabic.show("يُرجى كتابة رقم بين 1 و40."));
        assertEquals("از ۱۸ تا ۲۹ سال", farsi.show("از 18 تا 29 سال"));
        assertEquals("از ۱۸ تا ۲۹ سال", farsi.show("از ١٨ تا ٢٩ سال"), "Arabic-Indic digits in a Farsi text become Persian");
        assertEquals("Tussen 18 en 29 jaar", dutch.show("Tussen 18 en 29 jaar"));
    }

    @Test
    void arabicInsideLeftToRightTextIsIsolatedTheOtherWayRound() {
        assertEquals("Straat: " + RLI + "شارع الحمرا 12" + PDI + ", Damascus", dutch.show("Straat: شارع الحمرا 12, Damascus"));
        assertEquals(null, dutch.show(null));
    }

    @Test
    void storedNumbersAreWrittenAsOneWouldTypeThem() {
        assertEquals("١٦", arabic.number(new BigDecimal("16")));
        assertEquals("١٢٫٥", arabic.number(new BigDecimal("12.5")));
        assertEquals("۱۲٫۵", farsi.number(new BigDecimal("12.5")));
        assertEquals("12,5", dutch.number(new BigDecimal("12.5")));
        assertEquals("-3", dutch.number(new BigDecimal("-3")));
        assertEquals("ar@numbers=arab", arabic.locale().toString());
    }

    @Test
    void onlyNumberingSystemsWithTenDigitsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new Writing(Language.AR, "roman"));
        assertThrows(IllegalArgumentException.class, () -> new Writing(Language.AR, "klingon"));
    }
}

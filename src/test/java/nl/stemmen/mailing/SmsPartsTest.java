package nl.stemmen.mailing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SMS parts as a bulk sender bills them: GSM-7 160/153, UCS-2 70/67. */
class SmsPartsTest {

    @Test
    void gsmTextFitsOneSmsUpTo160Characters() {
        assertEquals(1, SmsParts.of("a".repeat(160)));
        assertEquals(2, SmsParts.of("a".repeat(161)));
        assertEquals(2, SmsParts.of("a".repeat(306)));
        assertEquals(3, SmsParts.of("a".repeat(307)));
    }

    @Test
    void theEuroSignTakesTwoSeptets() {
        assertEquals(2, SmsParts.of("€" + "a".repeat(159)));
    }

    @Test
    void arabicFarsiTigrinyaAndDutchWithDiaeresisAreUcs2() {
        assertEquals(1, SmsParts.of("ش".repeat(70)));
        assertEquals(2, SmsParts.of("ش".repeat(71)));
        assertEquals(3, SmsParts.of("ሰ".repeat(135)));
        assertEquals(2, SmsParts.of("geïnteresseerd " + "a".repeat(60)));
    }
}

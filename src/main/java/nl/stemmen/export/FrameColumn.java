package nl.stemmen.export;

import nl.stemmen.api.SpreadsheetCells;

/**
 * An attribute column of the sample frame (never a contact column): the invited person's value, empty for
 * others; inert for spreadsheets as a text answer is ({@link TextColumn}).
 */
record FrameColumn(String attribute, Variable variable) implements ExportColumn {

    @Override
    public Object cell(ExportedResponse response) {
        return SpreadsheetCells.inert(response.frame().get(attribute));
    }
}

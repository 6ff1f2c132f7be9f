package nl.stemmen.xlsform;

/**
 * Something wrong with, or left out of, a workbook, where a spreadsheet user finds it.
 *
 * @param sheet the sheet's name as the workbook spells it ({@code survey}, {@code choices}, {@code settings});
 *        null for the workbook as a whole
 * @param row the row number as the spreadsheet shows it (1 is the header row); 0 for the whole sheet or workbook
 * @param column the column letter and its header, e.g. {@code "D (relevant)"}; null for a whole row or sheet
 * @param reason what is wrong and what to do, in one or two sentences
 */
public record SheetProblem(String sheet, int row, String column, String reason) {

    /** The place and the reason on one line, e.g. {@code survey row 7, column D (relevant): …}. */
    @Override
    public String toString() {
        StringBuilder place = new StringBuilder(sheet == null ? "workbook" : sheet);
        if (row > 0) {
            place.append(" row ").append(row);
        }
        if (column != null) {
            place.append(row > 0 ? ", column " : " column ").append(column);
        }
        return place + ": " + reason;
    }
}

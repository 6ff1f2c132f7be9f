package nl.stemmen.xlsform;

/** A cell (or a whole row, with a null column) of a workbook: where a part of a produced file came from. */
record Place(String sheet, int row, String column) {

    SheetProblem problem(String reason) {
        return new SheetProblem(sheet, row, column, reason);
    }
}

package nl.stemmen.export;

/** A column of the response's own data (channel, times, flags…): {@link ResponseField}. */
record ResponseColumn(ResponseField field, Variable variable) implements ExportColumn {

    @Override
    public Object cell(ExportedResponse response) {
        return field.cell(response);
    }
}

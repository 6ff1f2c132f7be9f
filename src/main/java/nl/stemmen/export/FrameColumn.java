package nl.stemmen.export;

/** An attribute column of the sample frame (never a contact column): the invited person's value, empty for others. */
record FrameColumn(String attribute, Variable variable) implements ExportColumn {

    @Override
    public Object cell(ExportedResponse response) {
        return response.frame().get(attribute);
    }
}

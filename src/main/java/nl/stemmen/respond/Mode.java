package nl.stemmen.respond;

/** Who filled the response in: the respondent alone, with a fieldworker beside them, or on paper. */
public enum Mode {
    SELF, ASSISTED, PAPER
}

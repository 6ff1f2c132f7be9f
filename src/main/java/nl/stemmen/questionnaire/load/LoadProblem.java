package nl.stemmen.questionnaire.load;

/** What is wrong with a questionnaire or translation file, and where. */
public record LoadProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}

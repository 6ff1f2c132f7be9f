package nl.stemmen.export;

/** A column made from the answers to a questionnaire variable. */
public interface AnswerColumn extends ExportColumn {

    /** The variable whose answer rows make the cell (for a select_multiple option: the question's). */
    String answerVariable();
}

package nl.stemmen.respond.view;

import java.util.List;

/**
 * Everything a questionnaire page shows. The questionnaire id and version travel in the form, so
 * that a page can be shown again as submitted even when the database cannot be reached.
 * {@code progress} is null when unknown; {@code errorSummary} is the alert region's heading.
 */
public record PageView(
        Frame frame,
        String action,
        String questionnaireId,
        int questionnaireVersion,
        String pageName,
        ShownText title,
        ShownText intro,
        List<QuestionView> questions,
        String shown,
        String progress,
        int progressPercent,
        boolean first,
        boolean last,
        String errorSummary,
        List<QuestionView> questionsWithErrors,
        List<QuestionView> addedQuestions) {
}

package nl.stemmen.respond.view;

import java.util.List;

/** Everything a questionnaire page shows. */
public record PageView(
        Frame frame,
        String action,
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
        List<QuestionView> addedQuestions,
        String resumeLink) {
}

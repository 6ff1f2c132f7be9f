package nl.stemmen.respond.view;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.TimeZone;

import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.language.Language;
import nl.stemmen.language.Writing;
import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.ChoiceLabels;

/**
 * How a page shows an earlier answer inside a text ({@code ${name}}, docs/questionnaire-format.md "Piping"), in
 * the page's language: a choice as its label (several joined as the language lists them: "fiets, bus en auto"),
 * a number in the page's digits and decimal mark, a date written out in the Gregorian calendar ("3 maart 2024"),
 * text as typed. An unanswered, skipped or not-understood question shows nothing. The result is plain text: the
 * page escapes it with the rest of the text, once.
 */
final class PipedAnswers {

    private final Writing writing;
    private final Answers answers;
    private final ChoiceLabels labels;

    /** @param answers the answers the page is shown with; none where they are unknown (a page that could not be saved) */
    PipedAnswers(PublishedQuestionnaire published, Language language, Writing writing, Answers answers) {
        this.writing = writing;
        this.answers = answers;
        this.labels = published.choiceLabels(language);
    }

    /** The answer to {@code variable} as a text shows it; empty text when there is none. */
    String shown(String variable) {
        Optional<Answer> found = answers.get(variable).filter(Answer::isAnswered);
        if (found.isEmpty()) {
            return "";
        }
        Answer answer = found.get();
        if (!answer.choices().isEmpty()) {
            List<String> chosen = answer.choices().stream().map(choice -> labels.label(variable, choice)).toList();
            return ListFormatter.getInstance(writing.locale()).format(chosen);
        }
        if (answer.number() != null) {
            return writing.number(answer.number());
        }
        return answer.date() != null ? date(answer.date()) : answer.text();
    }

    /** The language's long date, in the Gregorian calendar that answers are given in (ICU would use the Persian one for fa). */
    private String date(LocalDate date) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, writing.locale().setKeywordValue("calendar", "gregorian"));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}

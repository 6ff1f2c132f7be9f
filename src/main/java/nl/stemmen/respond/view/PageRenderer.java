package nl.stemmen.respond.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.questionnaire.catalog.PublishedQuestionnaire;
import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.InputProblem;
import nl.stemmen.questionnaire.flow.PageSubmission;
import nl.stemmen.questionnaire.flow.Progress;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.respond.OpenResponse;

/**
 * The one place that turns a questionnaire page into what the respondent sees: texts in their
 * language, the shown questions only, their current values and any problems.
 */
@ApplicationScoped
public class PageRenderer {

    private final UiTexts uiTexts;

    public PageRenderer(UiTexts uiTexts) {
        this.uiTexts = uiTexts;
    }

    public Frame frame(PublishedQuestionnaire published, Language language, String pageTitle, boolean test) {
        UiTexts.Texts t = uiTexts.in(language);
        ShownText title = new Texts(published, language, uiTexts).of("title", published.questionnaire().title());
        int untranslated = published.untranslated(language);
        String notice = untranslated > 0 ? t.format("preview.incomplete", Map.of("missing", untranslated)) : null;
        List<Language> languages = test ? published.previewLanguages() : published.liveLanguages();
        return new Frame(t, language, pageTitle == null ? title.text() : pageTitle + " · " + title.text(), title, test, notice,
                languages);
    }

    /**
     * @param answers  the answers that decide what is shown: the stored ones, or with what was just submitted
     * @param typed    the values to show by input name: what was typed on an invalid submit, else the stored answers
     * @param problems by variable, from an invalid submit; empty otherwise
     */
    public PageView page(OpenResponse open, Answers answers, Page page, Map<String, List<String>> typed,
            Map<String, InputProblem> problems, boolean questionsAdded, String action, String resumeLink) {
        PublishedQuestionnaire published = open.published();
        Language language = open.language();
        UiTexts.Texts t = uiTexts.in(language);
        List<Question> shown = open.routing().shownQuestions(page, answers);
        Texts texts = new Texts(published, language, uiTexts);
        List<QuestionView> questions = new ArrayList<>();
        for (Question question : shown) {
            // after a submit every shown question has an answer, even an empty one: one without is new
            boolean added = questionsAdded && !question.variables().isEmpty()
                    && question.variables().stream().allMatch(v -> answers.get(v).isEmpty());
            questions.add(question(question, texts, t, answers, typed, problems, published.questionnaire().dontUnderstand(), added));
        }
        List<QuestionView> withErrors = questions.stream()
                .filter(q -> q.hasError() || q.rows().stream().anyMatch(QuestionView::hasError)).toList();
        Progress progress = open.routing().progress(page, answers);
        ShownText pageTitle = texts.of(page.titleKey(), page.title());
        String errorSummary = withErrors.isEmpty() ? null : t.format("page.errors", Map.of("count", withErrors.size()));
        Frame frame = frame(published, language, (errorSummary != null ? t.get("error.label") + ": " : "")
                + (pageTitle != null ? pageTitle.text() : ""), open.response().test);
        boolean first = open.routing().previous(page, answers).isEmpty();
        return new PageView(frame, action, page.name(), pageTitle,
                first ? texts.of("intro", published.questionnaire().intro()) : null,
                questions, shown.stream().map(Question::name).collect(Collectors.joining(" ")),
                t.format("page.progress", Map.of("n", progress.number(), "total", progress.count())),
                progress.percent(), first, open.routing().next(page, answers).isEmpty(),
                errorSummary, withErrors, questions.stream().filter(QuestionView::added).toList(), first ? resumeLink : null);
    }

    private QuestionView question(Question q, Texts texts, UiTexts.Texts t, Answers answers, Map<String, List<String>> typed,
            Map<String, InputProblem> problems, boolean offerDontUnderstand, boolean added) {
        ShownText label = texts.of(q.textKey("label"), q.label());
        ShownText hint = texts.of(q.textKey("hint"), q.hint());
        boolean dk = offerDontUnderstand && q.type() != nl.stemmen.questionnaire.model.QuestionType.NOTE;
        if (!q.rows().isEmpty()) {
            List<QuestionView> rows = new ArrayList<>();
            for (MatrixRow row : q.rows()) {
                String variable = q.rowVariable(row);
                List<String> values = typed.getOrDefault(variable, List.of());
                // "required" is said once, on the matrix, not on every statement
                rows.add(new QuestionView(variable, "select_one", texts.of(q.rowTextKey(row), row.label()), null,
                        false, error(q, variable, problems, texts, t), null,
                        choices(variable, q.choices(), values, texts), List.of(),
                        dk ? dontUnderstand(variable, values, texts, t) : null, null, false));
            }
            return new QuestionView(q.name(), "matrix", label, hint, q.required(), null, null, List.of(), rows, null, null, added);
        }
        List<String> values = typed.getOrDefault(q.name(), List.of());
        String value = values.stream().filter(v -> !v.equals(PageSubmission.DONT_UNDERSTAND)).findFirst().orElse("");
        return new QuestionView(q.name(), q.type().keyword(), label, hint, q.required(),
                error(q, q.name(), problems, texts, t), inLanguage(value, answers.get(q.name()), t),
                q.choices() == null ? List.of() : choices(q.name(), q.choices(), values, texts), List.of(),
                dk ? dontUnderstand(q.name(), values, texts, t) : null, inputMode(q), added);
    }

    /**
     * A number as the page's language writes it (١٦ on an Arabic page) when the value is the answer's number
     * in plain ASCII, as stored answers come; a value typed differently (٣, 1.5 as 1,5) is shown as typed.
     */
    private static String inLanguage(String value, Optional<Answer> answer, UiTexts.Texts t) {
        return answer.map(Answer::number)
                .filter(number -> number.toPlainString().equals(value))
                .map(number -> t.writing().number(number))
                .orElse(value);
    }

    private static String inputMode(Question q) {
        return switch (q.type()) {
            case INTEGER -> "numeric";
            case DECIMAL -> "decimal";
            default -> null;
        };
    }

    private static List<ChoiceView> choices(String variable, ChoiceList list, List<String> values, Texts texts) {
        List<ChoiceView> views = new ArrayList<>();
        for (Choice choice : list.choices()) {
            views.add(new ChoiceView("q-" + variable + "-" + choice.name(), choice.name(),
                    texts.of(list.textKey(choice), choice.label()), values.contains(choice.name()), false));
        }
        return views;
    }

    private static ChoiceView dontUnderstand(String variable, List<String> values, Texts texts, UiTexts.Texts t) {
        return new ChoiceView("q-" + variable + "-dk", PageSubmission.DONT_UNDERSTAND, texts.own(t.get("page.dont_understand")),
                values.contains(PageSubmission.DONT_UNDERSTAND), true);
    }

    private static ShownText error(Question q, String variable, Map<String, InputProblem> problems, Texts texts, UiTexts.Texts t) {
        InputProblem problem = problems.get(variable);
        if (problem == null) {
            return null;
        }
        if (problem == InputProblem.CONSTRAINT && q.constraintMessage() != null) {
            return texts.of(q.textKey("constraint_message"), q.constraintMessage());
        }
        if (problem == InputProblem.REQUIRED && q.requiredMessage() != null) {
            return texts.of(q.textKey("required_message"), q.requiredMessage());
        }
        return texts.own(t.get("error." + problem.code()));
    }

    /** The values to show for stored answers, by input name, as the form would send them. */
    public static Map<String, List<String>> formValues(Collection<Answer> answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Answer answer : answers) {
            values.put(answer.variable(), switch (answer.status()) {
                case DONT_UNDERSTAND -> List.of(PageSubmission.DONT_UNDERSTAND);
                case UNANSWERED -> List.of();
                case ANSWERED -> answer.choices().isEmpty() ? List.of(single(answer)) : answer.choices();
            });
        }
        return values;
    }

    private static String single(Answer answer) {
        if (answer.number() != null) {
            return answer.number().toPlainString();
        }
        return answer.date() != null ? answer.date().toString() : answer.text();
    }

    /** Questionnaire texts in one language; where a translation is missing, the source text stands in. */
    private record Texts(PublishedQuestionnaire published, Language language, UiTexts uiTexts) {
        ShownText of(String key, String source) {
            if (source == null) {
                return null;
            }
            Optional<String> translated = language == published.sourceLanguage()
                    ? Optional.of(source) : published.translation(language, key, source);
            Language shownIn = translated.isPresent() ? language : published.sourceLanguage();
            return new ShownText(uiTexts.in(shownIn).writing().show(translated.orElse(source)), shownIn, shownIn != language);
        }

        /** One of Stemmen's own texts, already in the page's language. */
        ShownText own(String text) {
            return new ShownText(text, language, false);
        }
    }
}

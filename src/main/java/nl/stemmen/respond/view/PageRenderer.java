package nl.stemmen.respond.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.InputProblem;
import nl.stemmen.questionnaire.flow.PageSubmission;
import nl.stemmen.questionnaire.flow.Progress;
import nl.stemmen.questionnaire.flow.Routing;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Piping;
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

    public Frame frame(PublishedQuestionnaire published, Audience audience, String pageTitle) {
        Language language = audience.language();
        UiTexts.Texts t = uiTexts.in(language);
        ShownText title = texts(published, language, Answers.of(List.of())).of("title", published.questionnaire().title());
        int untranslated = published.untranslated(language);
        String notice = untranslated > 0 ? t.format("preview.incomplete", Map.of("missing", untranslated)) : null;
        return new Frame(t, language, pageTitle == null ? title.text() : pageTitle + " · " + title.text(), title,
                audience.test(), notice, audience.languages());
    }

    /**
     * @param answers  the answers that decide what is shown: the stored ones, or with what was just submitted
     * @param typed    the values to show by input name: what was typed on an invalid submit, else the stored answers
     * @param problems by variable, from an invalid submit; empty otherwise
     */
    public PageView page(OpenResponse open, Answers answers, Page page, Map<String, List<String>> typed,
            Map<String, InputProblem> problems, boolean questionsAdded, String action) {
        return page(open, answers, page, typed, problems, questionsAdded, "page.errors", action);
    }

    /** The page Send led back to: the stored answers, each problem beside its question, a summary saying nothing was sent yet. */
    public PageView incomplete(OpenResponse open, Page page, Map<String, InputProblem> problems, String action) {
        return page(open, open.answers(), page, formValues(open.answers().all()), problems, false, "page.incomplete", action);
    }

    /** @param summaryKey the UI text heading the error summary, with the number of questions as {count} */
    private PageView page(OpenResponse open, Answers answers, Page page, Map<String, List<String>> typed,
            Map<String, InputProblem> problems, boolean questionsAdded, String summaryKey, String action) {
        Routing routing = open.routing();
        List<Question> shown = routing.shownQuestions(page, answers);
        // after a submit every shown question has an answer, even an empty one: one without is new
        Predicate<Question> added = question -> questionsAdded && !question.variables().isEmpty()
                && question.variables().stream().allMatch(v -> answers.get(v).isEmpty());
        Progress progress = routing.progress(page, answers);
        UiTexts.Texts t = uiTexts.in(open.language());
        Place place = new Place(t.format("page.progress", Map.of("n", progress.number(), "total", progress.count())),
                progress.percent(), routing.previous(page, answers).isEmpty(), routing.next(page, answers).isEmpty());
        return render(open.published(), open.audience(), page, shown, added, answers, typed, problems, summaryKey, null,
                place, action, routing);
    }

    /**
     * The page exactly as the respondent submitted it, when it could not be saved (the database is
     * unreachable, so neither stored answers nor routing can be consulted): the questions they saw,
     * what they typed, and a notice that it was not saved yet. Back and Next stay; progress is left out.
     *
     * @param shown names of the questions the respondent saw, as the form's {@code _shown} sends them
     */
    public PageView unsaved(PublishedQuestionnaire published, Language language, Page page, Set<String> shown,
            Map<String, List<String>> typed, String action) {
        Audience audience = new Audience(language, false, published.liveLanguages());
        List<Question> questions = page.questions().stream().filter(q -> shown.contains(q.name())).toList();
        List<Page> pages = published.questionnaire().pages();
        Place place = new Place(null, 0, pages.indexOf(page) == 0, pages.indexOf(page) == pages.size() - 1);
        return render(published, audience, page, questions, question -> false, Answers.of(List.of()), typed, Map.of(),
                "page.errors", uiTexts.in(language).get("page.not_saved"), place, action, null);
    }

    /** Where a page stands: the progress text and bar, and whether it is the first or the last. */
    private record Place(String progress, int percent, boolean first, boolean last) {
    }

    /**
     * @param answers the stored answers, to show a stored number in the page's digits; empty when unknown
     * @param notice  a message for the alert region instead of the error summary, or null
     * @param routing what decides which choices and matrix rows are offered; null when it cannot be consulted
     *                (the page as submitted, unsaved): then every one is shown
     */
    private PageView render(PublishedQuestionnaire published, Audience audience, Page page, List<Question> shown, Predicate<Question> added, Answers answers, Map<String, List<String>> typed,
            Map<String, InputProblem> problems, String summaryKey, String notice, Place place, String action, Routing routing) {
        Language language = audience.language();
        UiTexts.Texts t = uiTexts.in(language);
        Texts texts = texts(published, language, answers);
        List<QuestionView> questions = new ArrayList<>();
        for (Question question : shown) {
            List<Choice> offered = question.choices() == null ? List.of()
                    : routing == null ? question.choices().choices() : routing.shownChoices(question, answers);
            List<MatrixRow> rows = routing == null ? question.rows() : routing.askedRows(question, answers);
            questions.add(question(question, offered, rows, texts, t, answers, typed, problems,
                    published.questionnaire().dontUnderstand(), added.test(question)));
        }
        List<QuestionView> withErrors = questions.stream()
                .filter(q -> q.hasError() || q.rows().stream().anyMatch(QuestionView::hasError)
                        || q.other() != null && q.other().hasError()).toList();
        ShownText pageTitle = texts.of(page.titleKey(), page.title());
        String summary = notice != null ? notice
                : withErrors.isEmpty() ? null : t.format(summaryKey, Map.of("count", withErrors.size()));
        Frame frame = frame(published, audience, (summary != null ? t.get("error.label") + ": " : "")
                + (pageTitle != null ? pageTitle.text() : ""));
        return new PageView(frame, action, published.id(), published.questionnaire().version(), page.name(), pageTitle,
                place.first() ? texts.of("intro", published.questionnaire().intro()) : null,
                questions, shown.stream().map(Question::name).collect(Collectors.joining(" ")),
                place.progress(), place.percent(), place.first(), place.last(),
                summary, withErrors, questions.stream().filter(QuestionView::added).toList());
    }

    /**
     * @param offered the choices to show (a choice_filter may leave some out)
     * @param rows    the matrix rows to show (each row's relevant)
     */
    private QuestionView question(Question q, List<Choice> offered, List<MatrixRow> rows, Texts texts, UiTexts.Texts t,
            Answers answers, Map<String, List<String>> typed, Map<String, InputProblem> problems, boolean offerDontUnderstand,
            boolean added) {
        ShownText label = texts.of(q.textKey("label"), q.label());
        ShownText hint = texts.of(q.textKey("hint"), q.hint());
        boolean dk = offerDontUnderstand && q.type() != nl.stemmen.questionnaire.model.QuestionType.NOTE;
        if (!q.rows().isEmpty()) {
            List<QuestionView> rowViews = new ArrayList<>();
            for (MatrixRow row : rows) {
                String variable = q.rowVariable(row);
                List<String> values = typed.getOrDefault(variable, List.of());
                // "required" is said once, on the matrix, not on every statement
                rowViews.add(new QuestionView(variable, "select_one", texts.of(q.rowTextKey(row), row.label()), null,
                        false, error(q, variable, problems, values, texts, t), null,
                        choices(q, variable, offered, values, texts, t), List.of(),
                        dk ? dontUnderstand(variable, values, texts, t) : null, null, false, null));
            }
            return new QuestionView(q.name(), "matrix", label, hint, q.required(), null, null, List.of(), rowViews, null, null,
                    added, null);
        }
        List<String> values = typed.getOrDefault(q.name(), List.of());
        String value = values.stream().filter(v -> !v.equals(PageSubmission.DONT_UNDERSTAND)).findFirst().orElse("");
        List<ChoiceView> choices = q.range() != null ? range(q, values, t) : choices(q, q.name(), offered, values, texts, t);
        return new QuestionView(q.name(), q.type().keyword(), label, hint, q.required(),
                error(q, q.name(), problems, values, texts, t), inLanguage(value, answers.get(q.name()), t),
                choices, List.of(), dk ? dontUnderstand(q.name(), values, texts, t) : null, inputMode(q), added,
                q.orOther() ? otherText(q, typed, problems, texts, t) : null);
    }

    /** The text field of "Other, namely", under the options: its own variable {@code <name>_other}. */
    private static QuestionView otherText(Question q, Map<String, List<String>> typed, Map<String, InputProblem> problems,
            Texts texts, UiTexts.Texts t) {
        String variable = q.otherVariable();
        List<String> values = typed.getOrDefault(variable, List.of());
        InputProblem problem = problems.get(variable);
        ShownText error = problem == null ? null
                : texts.own(t.get(problem == InputProblem.REQUIRED ? "error.other_required" : "error." + problem.code()));
        return new QuestionView(variable, "text", texts.own(t.get("page.other_text")), null, false, error,
                values.isEmpty() ? "" : values.get(0), List.of(), List.of(), null, null, false, null);
    }

    /** A range's numbers as options, each written in the page's digits; the value sent is the plain number. */
    private static List<ChoiceView> range(Question q, List<String> values, UiTexts.Texts t) {
        List<ChoiceView> views = new ArrayList<>();
        List<BigDecimal> numbers = q.range().values();
        for (int i = 0; i < numbers.size(); i++) {
            String plain = numbers.get(i).toPlainString();
            views.add(new ChoiceView("q-" + q.name() + "-" + i, plain,
                    new ShownText(t.writing().number(numbers.get(i)), t.language(), false), values.contains(plain), false));
        }
        return views;
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

    /**
     * The offered choices as inputs; an id holds the choice's name, which has no spaces (HTML allows any other
     * character, 60+ too). The option or_other adds is said in the page's language.
     */
    private static List<ChoiceView> choices(Question q, String variable, List<Choice> offered, List<String> values,
            Texts texts, UiTexts.Texts t) {
        ChoiceList list = q.choices();
        List<ChoiceView> views = new ArrayList<>();
        for (Choice choice : offered) {
            ShownText label = q.orOther() && choice.name().equals(Choice.OTHER) ? texts.own(t.get("page.other"))
                    : texts.of(list.textKey(choice), choice.label());
            views.add(new ChoiceView("q-" + variable + "-" + choice.name(), choice.name(), label,
                    values.contains(choice.name()), false));
        }
        return views;
    }

    private static ChoiceView dontUnderstand(String variable, List<String> values, Texts texts, UiTexts.Texts t) {
        return new ChoiceView("q-" + variable + "-dk", PageSubmission.DONT_UNDERSTAND, texts.own(t.get("page.dont_understand")),
                values.contains(PageSubmission.DONT_UNDERSTAND), true);
    }

    /** @param values what was submitted for {@code variable}: an exclusive option's message names the option ticked */
    private static ShownText error(Question q, String variable, Map<String, InputProblem> problems, List<String> values,
            Texts texts, UiTexts.Texts t) {
        InputProblem problem = problems.get(variable);
        if (problem == null) {
            return null;
        }
        if (problem == InputProblem.EXCLUSIVE) {
            String option = q.choices().choices().stream().filter(c -> c.exclusive() && values.contains(c.name()))
                    .map(c -> texts.of(q.choices().textKey(c), c.label()).text()).findFirst().orElse("");
            return texts.own(t.format("error.exclusive", Map.of("option", option)));
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
    /** One of Stemmen's own texts in {@code language}. */
    public String uiText(Language language, String key) {
        return uiTexts.in(language).get(key);
    }

    /** A questionnaire text ({@code outro}, …) in the response's language, as pages show it; null when there is none. */
    public ShownText text(OpenResponse open, String key, String source) {
        return texts(open.published(), open.language(), open.answers()).of(key, source);
    }

    /** Questionnaire texts in {@code language}, showing {@code answers} where they say ${name}. */
    private Texts texts(PublishedQuestionnaire published, Language language, Answers answers) {
        return new Texts(published, language, uiTexts, new PipedAnswers(published, language, uiTexts.in(language).writing(), answers));
    }

    private record Texts(PublishedQuestionnaire published, Language language, UiTexts uiTexts, PipedAnswers piped) {
        ShownText of(String key, String source) {
            if (source == null) {
                return null;
            }
            Optional<String> translated = language == published.sourceLanguage()
                    ? Optional.of(source) : published.translation(language, key, source);
            Language shownIn = translated.isPresent() ? language : published.sourceLanguage();
            String text = Piping.fill(translated.orElse(source), piped::shown);
            return new ShownText(uiTexts.in(shownIn).writing().show(text), shownIn, shownIn != language);
        }

        /** One of Stemmen's own texts, already in the page's language. */
        ShownText own(String text) {
            return new ShownText(text, language, false);
        }
    }
}

package nl.stemmen.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.expression.ExpressionSyntaxException;
import nl.stemmen.questionnaire.model.Question;

/**
 * What a study's landing (issue 16) must be to be saved: every questionnaire it names loaded and live in the
 * study's languages, every {@code when} an expression the engine parses that reads only the filter
 * questionnaire's answers, and every control question ({@code checks:}) of the questionnaires people are sent to
 * naming a question the filter questionnaire asks. Problems name their JSON field, e.g. {@code landing.routes[1].when}.
 */
final class LandingRules {

    private LandingRules() {
    }

    /**
     * Adds every problem of {@code d.landing()} to {@code problems}; nothing when the study has no landing.
     *
     * @param d a definition with defaults filled in (languages never null)
     */
    static void check(StudyDefinition d, QuestionnaireCatalog catalog, List<Studies.Problem> problems) {
        StudyDefinition.Landing landing = d.landing();
        if (landing == null) {
            return;
        }
        Optional<PublishedQuestionnaire> filter = live(catalog, landing.questionnaire(), "landing.questionnaire", d, problems);
        Set<String> asked = filter.map(f -> f.questionnaire().questions().flatMap(q -> q.variables().stream())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new))).orElse(null);
        List<StudyDefinition.Route> routes = landing.routes() == null ? List.of() : landing.routes();
        for (int i = 0; i < routes.size(); i++) {
            String field = "landing.routes[" + i + "]";
            StudyDefinition.Route route = routes.get(i);
            if (route == null) {
                problems.add(new Studies.Problem(field, "a route is {\"when\": \"<expression>\", \"questionnaire\": \"<id>\"}"));
                continue;
            }
            whenProblem(route.when(), landing.questionnaire(), asked)
                    .ifPresent(reason -> problems.add(new Studies.Problem(field + ".when", reason)));
            live(catalog, route.questionnaire(), field + ".questionnaire", d, problems)
                    .ifPresent(q -> checksProblem(q, landing.questionnaire(), asked)
                            .ifPresent(reason -> problems.add(new Studies.Problem(field + ".questionnaire", reason))));
        }
        if (d.questionnaire() != null) {
            catalog.current(d.questionnaire()).flatMap(q -> checksProblem(q, landing.questionnaire(), asked))
                    .ifPresent(reason -> problems.add(new Studies.Problem("questionnaire", reason)));
        }
    }

    /** The questionnaire {@code id} when it is loaded and live in every language of the study; else a problem at {@code field}. */
    private static Optional<PublishedQuestionnaire> live(QuestionnaireCatalog catalog, String id, String field,
            StudyDefinition d, List<Studies.Problem> problems) {
        if (id == null || id.isBlank()) {
            problems.add(new Studies.Problem(field, "is missing: the id of a loaded questionnaire"));
            return Optional.empty();
        }
        Optional<PublishedQuestionnaire> found = catalog.current(id);
        if (found.isEmpty()) {
            problems.add(new Studies.Problem(field, "no questionnaire '" + id + "' is loaded"));
            return Optional.empty();
        }
        List<String> notLive = d.languages().stream()
                .filter(code -> Language.byCode(code).filter(found.get().liveLanguages()::contains).isEmpty()).toList();
        if (!notLive.isEmpty()) {
            problems.add(new Studies.Problem(field, "questionnaire '" + id + "' is not live in " + String.join(", ", notLive)
                    + " (live: " + String.join(", ", found.get().liveLanguages().stream().map(Language::code).toList())
                    + "); every language of the study needs a complete translation"));
        }
        return found;
    }

    /**
     * Why {@code when} cannot decide a route, or empty: missing, not parsed by the engine, or reading something other
     * than the filter questionnaire's answers.
     *
     * @param asked the filter questionnaire's variables; null when it is not loaded (then references are not checked)
     */
    private static Optional<String> whenProblem(String when, String filterId, Set<String> asked) {
        if (when == null || when.isBlank()) {
            return Optional.of("is missing: an expression over the filter questions' answers, e.g. ${doelgroep} = 'statushouder'");
        }
        Expression expression;
        try {
            expression = Expression.parse(when);
        } catch (ExpressionSyntaxException e) {
            return Optional.of("not an expression Stemmen reads: " + e.getMessage() + " (at character " + (e.position() + 1) + ")");
        }
        if (expression.usesCurrentValue()) {
            return Optional.of("'.' is the answer a constraint checks; a route reads answers as ${name}");
        }
        if (!expression.frameAttributes().isEmpty()) {
            return Optional.of("frame('" + expression.frameAttributes().iterator().next() + "'): people on a landing page"
                    + " have no sample frame; ask it as a filter question");
        }
        if (asked == null) {
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>(expression.references());
        unknown.removeAll(asked);
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("reads ${" + unknown.get(0) + "}, which filter questionnaire '" + filterId
                        + "' does not ask (its questions: " + String.join(", ", asked) + ")");
    }

    /** Why a questionnaire's control questions cannot be compared, or empty: one checks a question the filter does not ask. */
    private static Optional<String> checksProblem(PublishedQuestionnaire q, String filterId, Set<String> asked) {
        if (asked == null) {
            return Optional.empty();
        }
        return q.questionnaire().questions().filter(x -> x.checks() != null && !asked.contains(x.checks())).findFirst()
                .map((Question x) -> "question '" + x.name() + "' of '" + q.id() + "' checks '" + x.checks()
                        + "', which filter questionnaire '" + filterId + "' does not ask");
    }
}

package nl.stemmen.landing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.flow.PageSubmission;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.respond.Response;
import nl.stemmen.respond.StoredAnswer;
import nl.stemmen.study.StudyDefinition;

/**
 * The landing's part of the monitor (issue 16): per route, the responses it sent on that were started and
 * completed, and how their control questions ({@code checks:} in the questionnaire) compare with the filter
 * answers they came with. Like the rest of the monitor it counts the study's non-test responses and leaves out
 * excluded ones; filter responses (not yet routed) count for no study and appear only as {@code filtering}.
 */
@ApplicationScoped
public class LandingMonitor {

    private static final TypeReference<Map<String, List<String>>> FILTER_ANSWERS = new TypeReference<>() {
    };

    private final QuestionnaireCatalog catalog;
    private final ObjectMapper json;

    public LandingMonitor(QuestionnaireCatalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    /**
     * The landing's figures: one entry per route in the landing's order, then the study's own questionnaire
     * (route -1) for everyone no route took.
     *
     * @param filtering people answering the filter questions now (started there, not yet routed)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LandingFigures(int filtering, List<RouteFigures> routes) {
    }

    /**
     * One route's responses.
     *
     * @param route              the index in {@code landing.routes}; -1 for the study's own questionnaire
     * @param when               the route's condition; null for the study's own questionnaire
     * @param started            at least one page saved (completed ones included)
     * @param controlChecked     responses whose control question is answered and whose filter answer of that name exists
     * @param controlMismatches  of those, the ones whose answers differ (any control question of the response)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RouteFigures(int route, String when, String questionnaire, int started, int completed,
            int controlChecked, int controlMismatches) {
    }

    /** The figures of study {@code studyId} with {@code definition}; empty when it has no landing. */
    @Transactional
    public Optional<LandingFigures> figures(String studyId, StudyDefinition definition) {
        StudyDefinition.Landing landing = definition.landing();
        if (landing == null) {
            return Optional.empty();
        }
        List<StudyDefinition.Route> routes = landing.routes() == null ? List.of() : landing.routes();
        List<Response> routed = Response.list("studyId = ?1 and test = false and landingRoute is not null"
                + " and excludedAt is null", studyId);
        Map<Long, Map<String, List<String>>> controls = controlAnswers(routed);
        List<RouteFigures> figures = new ArrayList<>();
        for (int i = 0; i <= routes.size(); i++) {
            int route = i < routes.size() ? i : StudyLanding.OWN_QUESTIONNAIRE;
            int started = 0;
            int completed = 0;
            int checked = 0;
            int mismatches = 0;
            for (Response r : routed) {
                if (r.landingRoute != route) {
                    continue;
                }
                started += r.firstSavedAt != null ? 1 : 0;
                completed += r.isCompleted() ? 1 : 0;
                Optional<Boolean> mismatch = mismatch(filterAnswers(r), controls.getOrDefault(r.id, Map.of()));
                checked += mismatch.isPresent() ? 1 : 0;
                mismatches += mismatch.orElse(false) ? 1 : 0;
            }
            figures.add(new RouteFigures(route, i < routes.size() ? routes.get(i).when() : null,
                    i < routes.size() ? routes.get(i).questionnaire() : definition.questionnaire(), started, completed,
                    checked, mismatches));
        }
        long filtering = Response.count("landingStudyId = ?1 and test = false", studyId);
        return Optional.of(new LandingFigures((int) filtering, figures));
    }

    /**
     * Per routed response, its control questions' answers: filter question name → the values given (answered only).
     */
    private Map<Long, Map<String, List<String>>> controlAnswers(List<Response> routed) {
        Map<Long, Map<String, String>> checksByResponse = new HashMap<>();
        Set<String> variables = new TreeSet<>();
        for (Response r : routed) {
            Map<String, String> checks = new HashMap<>();
            catalog.version(r.questionnaireId, r.questionnaireVersion).questionnaire().questions()
                    .filter(q -> q.checks() != null).forEach((Question q) -> checks.put(q.name(), q.checks()));
            if (!checks.isEmpty()) {
                checksByResponse.put(r.id, checks);
                variables.addAll(checks.keySet());
            }
        }
        Map<Long, Map<String, List<String>>> answers = new HashMap<>();
        if (checksByResponse.isEmpty()) {
            return answers;
        }
        List<StoredAnswer> rows = StoredAnswer.list("responseId in ?1 and variable in ?2 and status = 'answered'"
                + " order by responseId, variable, item", checksByResponse.keySet(), variables);
        for (StoredAnswer row : rows) {
            String checked = checksByResponse.get(row.responseId).get(row.variable);
            if (checked != null) {
                answers.computeIfAbsent(row.responseId, k -> new LinkedHashMap<>())
                        .computeIfAbsent(checked, k -> new ArrayList<>()).add(value(row));
            }
        }
        return answers;
    }

    /**
     * Whether any control answer differs from the filter answer of the same name; empty when nothing could be compared.
     *
     * @param controls filter question name → the control question's values
     */
    static Optional<Boolean> mismatch(Map<String, List<String>> filter, Map<String, List<String>> controls) {
        boolean compared = false;
        boolean differs = false;
        for (Map.Entry<String, List<String>> control : controls.entrySet()) {
            List<String> given = filter.getOrDefault(control.getKey(), List.of()).stream()
                    .filter(v -> !v.equals(PageSubmission.DONT_UNDERSTAND)).toList();
            if (given.isEmpty()) {
                continue;
            }
            compared = true;
            differs |= !normalised(given).equals(normalised(control.getValue()));
        }
        return compared ? Optional.of(differs) : Optional.empty();
    }

    /** Values as a set to compare: numbers without trailing zeros (3 equals 3.0), texts as they are. */
    private static Set<String> normalised(List<String> values) {
        Set<String> set = new HashSet<>();
        for (String value : values) {
            try {
                set.add(new BigDecimal(value).stripTrailingZeros().toPlainString());
            } catch (NumberFormatException e) {
                set.add(value);
            }
        }
        return set;
    }

    private static String value(StoredAnswer row) {
        return row.number() != null ? row.number().toPlainString()
                : row.dateValue != null ? row.dateValue.toString() : row.textValue;
    }

    private Map<String, List<String>> filterAnswers(Response r) {
        try {
            return r.landingAnswers == null ? Map.of() : json.readValue(r.landingAnswers, FILTER_ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response " + r.id + " holds unreadable filter answers", e);
        }
    }
}

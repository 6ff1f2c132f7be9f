package nl.stemmen.study.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.jboss.resteasy.reactive.RestForm;

import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;

/**
 * The study form of the staff pages, as typed: every field a string, dimensions and quotas as rows
 * of repeated fields in page order ({@code dimension_name}, {@code quota_number} …). Turns into a
 * {@link StudyDefinition} and puts each problem, the form's own (a date or number that is none) and
 * those of {@link Studies}, beside its field, so a refused form comes back with everything typed.
 */
public class StudyForm {

    /** Empty rows offered below the typed ones, for adding dimensions and quotas without JavaScript. */
    static final int EMPTY_ROWS = 3;
    private static final Pattern DIMENSION_FIELD = Pattern.compile("dimensions\\[(\\d+)]\\.(\\w+)");
    private static final Pattern QUOTA_ROW = Pattern.compile("quotas\\[(\\d+)]");
    private static final Pattern QUOTA_FIELD = Pattern.compile("quotas\\.([^.]+)(?:\\.(.+))?");
    private static final Pattern ROUTE_FIELD = Pattern.compile("landing\\.routes\\[(\\d+)]\\.(\\w+)");

    @RestForm
    public String name;
    @RestForm
    public String organisation;
    @RestForm
    public String questionnaire;
    @RestForm
    public String start;
    @RestForm
    public String end;
    @RestForm("threshold_pp")
    public String threshold;
    @RestForm("minimum_cell")
    public String minimumCell;
    @RestForm("contact_email")
    public String contactEmail;
    /** "true" or "false" from two radio buttons: may staff start a response for someone (assisted); none chosen is yes. */
    @RestForm
    public String assisted;
    @RestForm
    public List<String> languages = new ArrayList<>();
    /** "on" when the thank-you page offers the raffle; the other sign-up fields likewise. */
    @RestForm
    public String raffle;
    @RestForm
    public String interviews;
    @RestForm("signups_delete_after")
    public String signupsDeleteAfter;
    @RestForm("dimension_name")
    public List<String> dimensionNames = new ArrayList<>();
    @RestForm("dimension_question")
    public List<String> dimensionQuestions = new ArrayList<>();
    @RestForm("dimension_categories")
    public List<String> dimensionCategories = new ArrayList<>();
    @RestForm("quota_dimension")
    public List<String> quotaDimensions = new ArrayList<>();
    @RestForm("quota_category")
    public List<String> quotaCategories = new ArrayList<>();
    @RestForm("quota_number")
    public List<String> quotaNumbers = new ArrayList<>();
    /** The landing page's filter questionnaire; blank: the study has no landing. */
    @RestForm("landing_questionnaire")
    public String landingQuestionnaire;
    @RestForm("route_when")
    public List<String> routeWhens = new ArrayList<>();
    @RestForm("route_questionnaire")
    public List<String> routeQuestionnaires = new ArrayList<>();

    /** A dimension row as typed; {@code categories} comma separated. */
    public record DimensionRow(String name, String question, String categories) {
        boolean blank() {
            return isBlank(name) && isBlank(question) && isBlank(categories);
        }
    }

    /** A quota row as typed. */
    public record QuotaRow(String dimension, String category, String number) {
        boolean blank() {
            return isBlank(dimension) && isBlank(category) && isBlank(number);
        }
    }

    /** A landing route row as typed. */
    public record RouteRow(String when, String questionnaire) {
        boolean blank() {
            return isBlank(when) && isBlank(questionnaire);
        }
    }

    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private List<DimensionRow> dimensionRows;
    private List<QuotaRow> quotaRows;
    private List<RouteRow> routeRows;

    /** An empty form for a new study: the first questionnaire and all its live languages chosen. */
    static StudyForm blank(String questionnaire, List<String> languages) {
        StudyForm form = new StudyForm();
        form.questionnaire = questionnaire;
        form.languages = new ArrayList<>(languages);
        form.dimensionRows = List.of();
        form.quotaRows = List.of();
        form.routeRows = List.of();
        return form;
    }

    /** The form filled with a saved study, for editing it. */
    static StudyForm of(StudyDefinition d) {
        StudyForm form = new StudyForm();
        form.name = d.name();
        form.organisation = d.organisation();
        form.questionnaire = d.questionnaire();
        form.start = d.start() == null ? null : d.start().toString();
        form.end = d.end() == null ? null : d.end().toString();
        form.threshold = d.thresholdPp() == null ? null : d.thresholdPp().toPlainString();
        form.minimumCell = d.minimumCell() == null ? null : d.minimumCell().toString();
        form.contactEmail = d.contactEmail();
        form.languages = new ArrayList<>(d.languages());
        form.assisted = String.valueOf(d.assisted() == null || d.assisted());
        form.raffle = Boolean.TRUE.equals(d.raffle()) ? "on" : null;
        form.interviews = Boolean.TRUE.equals(d.interviews()) ? "on" : null;
        form.signupsDeleteAfter = d.signupsDeleteAfter() == null ? null : d.signupsDeleteAfter().toString();
        form.dimensionRows = d.dimensions().stream().map(x -> new DimensionRow(x.name(), x.question(),
                x.categories() == null ? null : String.join(", ", x.categories()))).toList();
        List<QuotaRow> quotas = new ArrayList<>();
        d.quotas().forEach((dimension, targets) -> targets.forEach((category, number) ->
                quotas.add(new QuotaRow(dimension, category, String.valueOf(number)))));
        form.quotaRows = quotas;
        form.landingQuestionnaire = d.landing() == null ? null : d.landing().questionnaire();
        form.routeRows = d.landing() == null || d.landing().routes() == null ? List.of()
                : d.landing().routes().stream().map(r -> new RouteRow(r.when(), r.questionnaire())).toList();
        return form;
    }

    /**
     * The definition this form says, with the form's own problems noted (then the definition has null
     * where a field could not be read). The version is left out: a study runs on the current one.
     */
    StudyDefinition definition() {
        List<StudyDefinition.Dimension> dimensions = new ArrayList<>();
        for (DimensionRow row : dimensionRows()) {
            dimensions.add(new StudyDefinition.Dimension(stripped(row.name()), stripped(row.question()),
                    isBlank(row.categories()) ? null : Arrays.stream(row.categories().split(","))
                            .map(String::strip).filter(c -> !c.isEmpty()).toList()));
        }
        Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();
        List<QuotaRow> rows = quotaRows();
        for (int i = 0; i < rows.size(); i++) {
            QuotaRow row = rows.get(i);
            String field = "quotas[" + i + "]";
            Integer number = wholeNumber(row.number());
            if (isBlank(row.dimension()) || isBlank(row.category())) {
                problem(field, "a quota needs a dimension and a category");
            } else if (number == null) {
                problem(field, "a number of completes, 0 or more");
            } else if (quotas.computeIfAbsent(row.dimension().strip(), k -> new LinkedHashMap<>())
                    .put(row.category().strip(), number) != null) {
                problem(field, "'" + row.dimension().strip() + "' '" + row.category().strip() + "' appears twice");
            }
        }
        return new StudyDefinition(name, organisation, stripped(questionnaire), null, date("start", start), date("end", end),
                dimensions, quotas, threshold(), languages, minimumCell(), stripped(contactEmail), !"false".equals(assisted),
                raffle != null, interviews != null, date("signups_delete_after", signupsDeleteAfter), landing());
    }

    /** The landing the form says: none when no filter questionnaire and no route is typed. */
    private StudyDefinition.Landing landing() {
        List<StudyDefinition.Route> routes = routeRows().stream()
                .map(r -> new StudyDefinition.Route(stripped(r.when()), stripped(r.questionnaire()))).toList();
        return isBlank(landingQuestionnaire) && routes.isEmpty() ? null
                : new StudyDefinition.Landing(stripped(landingQuestionnaire), routes);
    }

    /** Puts the problems {@link Studies} found beside their fields; a field the form already faulted keeps the form's. */
    void explain(List<Studies.Problem> found) {
        Map<String, List<String>> own = new LinkedHashMap<>(problems);
        for (Studies.Problem problem : found) {
            for (String field : fields(problem.field())) {
                if (!own.containsKey(field)) {
                    problem(field, problem.reason());
                }
            }
        }
    }

    /** The form fields a problem of {@link Studies} belongs to. */
    private List<String> fields(String field) {
        Matcher dimension = DIMENSION_FIELD.matcher(field);
        if (dimension.matches()) {
            return List.of("dimensions[" + dimension.group(1) + "]." + dimension.group(2));
        }
        Matcher quota = QUOTA_FIELD.matcher(field);
        if (quota.matches()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < quotaRows().size(); i++) {
                QuotaRow row = quotaRows().get(i);
                if (quota.group(1).equals(stripped(row.dimension()))
                        && (quota.group(2) == null || quota.group(2).equals(stripped(row.category())))) {
                    rows.add("quotas[" + i + "]");
                }
            }
            return rows.isEmpty() ? List.of("quotas") : rows;
        }
        return List.of("version".equals(field) ? "questionnaire" : field);
    }

    private void problem(String field, String reason) {
        problems.computeIfAbsent(field, k -> new ArrayList<>()).add(reason);
    }

    /** The problems beside {@code field} ("name", "dimensions[0].question", "quotas[1]"), joined; null when none. */
    public String problem(String field) {
        List<String> reasons = problems.get(field);
        return reasons == null ? null : String.join("; ", reasons);
    }

    /** The problems of a dimension row's part (name, question, categories); null when none. */
    public String dimensionProblem(int row, String part) {
        return problem("dimensions[" + row + "]." + part);
    }

    /** The problems of a quota row; null when none. */
    public String quotaProblem(int row) {
        return problem("quotas[" + row + "]");
    }

    /** A problem in the summary: the field's label on the page (Dutch) and the reason (English, as the API gives it). */
    public record Listed(String label, String reason) {
    }

    /** Every problem, in the order found, for the summary at the top of the form. */
    public List<Listed> allProblems() {
        List<Listed> all = new ArrayList<>();
        problems.forEach((field, reasons) -> reasons.forEach(r -> all.add(new Listed(label(field), r))));
        return all;
    }

    /** The label a field has on the page: "Subgroep 2, vraag" for {@code dimensions[1].question}. */
    private static String label(String field) {
        Matcher dimension = DIMENSION_FIELD.matcher(field);
        if (dimension.matches()) {
            return "Subgroep " + (Integer.parseInt(dimension.group(1)) + 1) + ", " + switch (dimension.group(2)) {
                case "name" -> "naam";
                case "question" -> "vraag";
                default -> "categorieën";
            };
        }
        Matcher quota = QUOTA_ROW.matcher(field);
        if (quota.matches()) {
            return "Quotum " + (Integer.parseInt(quota.group(1)) + 1);
        }
        Matcher route = ROUTE_FIELD.matcher(field);
        if (route.matches()) {
            return "Route " + (Integer.parseInt(route.group(1)) + 1) + ", "
                    + ("when".equals(route.group(2)) ? "voorwaarde" : "vragenlijst");
        }
        return switch (field) {
            case "name" -> "Naam";
            case "organisation" -> "Organisatie";
            case "questionnaire" -> "Vragenlijst";
            case "start" -> "Eerste dag veldwerk";
            case "end" -> "Laatste dag veldwerk";
            case "languages" -> "Talen";
            case "threshold_pp" -> "Drempel";
            case "minimum_cell" -> "Kleinste groep";
            case "contact_email" -> "Contact-e-mail";
            case "signups_delete_after" -> "Aanmeldingen wissen na";
            case "quotas" -> "Quota";
            case "landing.questionnaire" -> "Landingspagina, filtervragenlijst";
            default -> field;
        };
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether the form says staff may start a response for someone (assisted): yes unless "false" was chosen. */
    public boolean allowsAssisted() {
        return !"false".equals(assisted);
    }

    public boolean offers(String language) {
        return languages.contains(language);
    }

    /** The typed dimension rows without blank ones; problems refer to these indexes. */
    public List<DimensionRow> dimensionRows() {
        if (dimensionRows == null) {
            List<DimensionRow> rows = new ArrayList<>();
            for (int i = 0; i < dimensionNames.size(); i++) {
                DimensionRow row = new DimensionRow(dimensionNames.get(i), at(dimensionQuestions, i), at(dimensionCategories, i));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            dimensionRows = rows;
        }
        return dimensionRows;
    }

    /** The typed quota rows without blank ones; problems refer to these indexes. */
    public List<QuotaRow> quotaRows() {
        if (quotaRows == null) {
            List<QuotaRow> rows = new ArrayList<>();
            for (int i = 0; i < quotaDimensions.size(); i++) {
                QuotaRow row = new QuotaRow(quotaDimensions.get(i), at(quotaCategories, i), at(quotaNumbers, i));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            quotaRows = rows;
        }
        return quotaRows;
    }

    /** The problems of a landing route row's part (when, questionnaire); null when none. */
    public String routeProblem(int row, String part) {
        return problem("landing.routes[" + row + "]." + part);
    }

    /** The typed landing route rows without blank ones; problems refer to these indexes. */
    public List<RouteRow> routeRows() {
        if (routeRows == null) {
            List<RouteRow> rows = new ArrayList<>();
            for (int i = 0; i < routeWhens.size(); i++) {
                RouteRow row = new RouteRow(routeWhens.get(i), at(routeQuestionnaires, i));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            routeRows = rows;
        }
        return routeRows;
    }

    /** The row numbers of empty rows to offer after the typed ones. */
    public List<Integer> emptyRows() {
        return IntStream.range(0, EMPTY_ROWS).boxed().toList();
    }

    private LocalDate date(String field, String typed) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problem(field, "a date as YYYY-MM-DD");
            return null;
        }
    }

    private BigDecimal threshold() {
        if (isBlank(threshold)) {
            return null;
        }
        try {
            return new BigDecimal(threshold.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problem("threshold_pp", "a number of percentage points, such as 5 or 2.5");
            return null;
        }
    }

    private Integer minimumCell() {
        Integer number = wholeNumber(minimumCell);
        if (number == null && !isBlank(minimumCell)) {
            problem("minimum_cell", "a whole number of respondents, such as 5");
        }
        return number;
    }

    private static Integer wholeNumber(String typed) {
        try {
            return isBlank(typed) ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static String stripped(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

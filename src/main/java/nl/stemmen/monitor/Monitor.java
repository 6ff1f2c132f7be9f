package nl.stemmen.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.access.Staff;
import nl.stemmen.landing.LandingMonitor;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;
import nl.stemmen.study.SubgroupCells;
import nl.stemmen.study.TypedPopulation;

/**
 * The monitor of a study during fieldwork (design §7, issue 14): its funnel, the R-indicator and,
 * per dimension and category, population, invited, opened, started, completed, response rate,
 * shares, difference, quota and pace. Computed at each call from the grouped counts of
 * {@link MonitorQueries}, so a completion shows on the next page load; the work after the queries
 * grows with the number of subgroup cells, not with the number of people.
 */
@ApplicationScoped
public class Monitor {

    /** Fieldwork days are Dutch calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Studies studies;
    private final MonitorQueries queries;
    private final MonitorConfig config;
    private final LandingMonitor landing;
    private final TypedPopulation typedPopulation;
    private final Clock clock = Clock.system(ZONE);

    public Monitor(Studies studies, MonitorQueries queries, MonitorConfig config, LandingMonitor landing,
            TypedPopulation typedPopulation) {
        this.studies = studies;
        this.landing = landing;
        this.typedPopulation = typedPopulation;
        this.queries = queries;
        this.config = config;
    }

    /** The study's monitor now; empty when {@code staff} may not see the study. */
    public Optional<MonitorReport> report(Staff staff, String studyId) {
        return studies.find(staff, studyId).map(this::report);
    }

    /** A study's name with its monitor, for a page's heading. */
    public record Named(String studyName, MonitorReport report) {
    }

    /** The study's name and monitor now; empty when {@code staff} may not see the study. */
    public Optional<Named> named(Staff staff, String studyId) {
        return studies.find(staff, studyId).map(study -> new Named(study.definition().name(), report(study)));
    }

    /**
     * The monitor of a study the caller already decided may be shown (a fieldworker's view of their
     * flyers' studies shows its lagging cells): counts only, never answers.
     */
    public MonitorReport report(Studies.Saved study) {
        return counted(study).report();
    }

    /** A report and the raw counts it was made from: what figures that build on the report need (outreach). */
    record Counted(MonitorReport report, MonitorSnapshot snapshot) {
    }

    /** The report with its counts; empty when {@code staff} may not see the study. */
    Optional<Counted> counted(Staff staff, String studyId) {
        return studies.find(staff, studyId).map(this::counted);
    }

    private Counted counted(Studies.Saved study) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StudyDefinition definition = study.definition();
        MonitorSnapshot snapshot = queries.read(study.id(), now.minus(config.partialAfter()).toInstant());
        List<StudyDefinition.Dimension> dimensions = definition.dimensions() == null ? List.of() : definition.dimensions();
        List<List<String>> categories = new ArrayList<>();
        CellCounts total = new CellCounts();
        snapshot.cells().forEach(cell -> total.add(cell.counts()));
        Integer population = snapshot.cells().isEmpty() ? null : total.population();
        // without a frame to count (an unbound batch, open recruitment), the counts typed in from register statistics
        Map<String, Map<String, Integer>> typed = population != null && population > 0 ? Map.of()
                : typedPopulation.of(study.id());
        if (!typed.isEmpty()) {
            // in long, then checked: TypedPopulation keeps each whole within MOST_PEOPLE, so this never overflows silently
            population = Math.toIntExact(typed.values().iterator().next().values().stream().mapToLong(Integer::longValue).sum());
        }
        for (int d = 0; d < dimensions.size(); d++) {
            Set<String> named = new TreeSet<>(quotas(definition, dimensions.get(d).name()));
            named.addAll(typed.getOrDefault(dimensions.get(d).name(), Map.of()).keySet());
            categories.add(categories(dimensions.get(d), named, snapshot, d));
        }
        String comparedWith = population != null && total.invited() > 0 && total.invited() < population ? "invited" : "population";
        RIndicator.Result r = rIndicator(snapshot, categories);
        Map<String, Map<String, MonitorReport.CellFigures>> figures = new LinkedHashMap<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Map<String, MonitorReport.CellFigures> byCategory = new LinkedHashMap<>();
            for (String category : categories.get(d)) {
                CellCounts cell = new CellCounts();
                int dimension = d;
                snapshot.cells().stream().filter(c -> c.categories().get(dimension).equals(category))
                        .forEach(c -> cell.add(c.counts()));
                Map<String, Integer> typedCounts = typed.get(dimensions.get(d).name());
                if (!typed.isEmpty()) {
                    cell.population = typedCounts == null ? null : typedCounts.getOrDefault(category, 0);
                } else if (population != null && cell.population == null) {
                    cell.population = 0; // a category the frame does not have: nobody, not unknown
                }
                Integer quota = quota(definition, dimensions.get(d).name(), category);
                byCategory.put(category, figures(cell, total, population, comparedWith, quota, definition, r.partial()[d],
                        now.toLocalDate()));
            }
            figures.put(dimensions.get(d).name(), byCategory);
        }
        Map<String, MonitorReport.Funnel> channels = new LinkedHashMap<>();
        snapshot.channels().forEach((channel, counts) -> channels.put(channel, MonitorReport.Funnel.of(counts)));
        Map<String, MonitorReport.Funnel> languages = new LinkedHashMap<>();
        snapshot.languages().forEach((language, counts) -> languages.put(language, MonitorReport.Funnel.of(counts)));
        List<MonitorReport.DayCount> days = new ArrayList<>();
        snapshot.completesPerDay().forEach((day, count) -> days.add(new MonitorReport.DayCount(day, count)));
        return new Counted(new MonitorReport(population, total.invited(), total.opened(), total.started(), total.partial(),
                total.completed(), total.withdrawn(), total.excluded(), round(r.r(), 4), r.converged(), comparedWith,
                definition.thresholdPp().doubleValue(), (int) config.partialAfter().toHours(), definition.start(),
                definition.end(), now, figures, channels, languages, days, waves(study.id()),
                landing.figures(study.id(), definition).orElse(null)), snapshot);
    }

    private List<MonitorReport.Wave> waves(String studyId) {
        List<MonitorReport.Wave> waves = new ArrayList<>();
        for (Object[] row : queries.waves(studyId)) {
            waves.add(new MonitorReport.Wave(((Number) row[0]).longValue(), dateOf(row[1]), (String) row[2],
                    (Boolean) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).intValue()));
        }
        return waves;
    }

    /** A timestamp with time zone as JDBC gives it (OffsetDateTime from PostgreSQL and H2, Timestamp from older drivers), as a Dutch day. */
    private static LocalDate dateOf(Object value) {
        return value instanceof OffsetDateTime time ? time.atZoneSameInstant(ZONE).toLocalDate()
                : ((java.sql.Timestamp) value).toInstant().atZone(ZONE).toLocalDate();
    }

    private MonitorReport.CellFigures figures(CellCounts cell, CellCounts total, Integer population, String comparedWith,
            Integer quota, StudyDefinition definition, Double partialR, LocalDate today) {
        Double populationShare = population == null || population == 0 ? null : ratio(cell.population(), population);
        Double invitedShare = ratio(cell.invited(), total.invited());
        Double respondentShare = ratio(cell.completed(), total.completed());
        Double differencePp = populationShare == null || respondentShare == null ? null
                : 100 * (respondentShare - populationShare);
        Double base = "invited".equals(comparedWith) ? invitedShare : populationShare;
        Double compared = base == null || respondentShare == null ? null : 100 * (respondentShare - base);
        double threshold = definition.thresholdPp().doubleValue();
        Boolean representative = compared == null ? null : Math.abs(compared) < threshold;
        Boolean onPace = onPace(cell.completed(), quota, definition.start(), definition.end(), today);
        boolean lagging = Boolean.FALSE.equals(onPace) || compared != null && compared <= -threshold;
        Double responseRate = cell.invited() > 0 ? ratio(cell.completed(), cell.invited())
                : cell.population() != null && cell.population() > 0 ? ratio(cell.completed(), cell.population()) : null;
        return new MonitorReport.CellFigures(cell.population(), cell.invited(), cell.opened(), cell.started(), cell.partial(),
                cell.completed(), cell.withdrawn(), cell.excluded(), round(responseRate, 4), round(populationShare, 4),
                round(invitedShare, 4), round(respondentShare, 4), round(differencePp, 1), representative,
                round(marginOfError(cell.completed(), cell.population()), 1), quota,
                quota == null || quota == 0 ? null : round(ratio(cell.completed(), quota), 4), onPace, lagging,
                round(partialR, 4));
    }

    /**
     * The margin of error in percentage points of a percentage near 50% estimated from {@code n}
     * completes in a cell of {@code population} people: z·√(0.25/n)·√((N−n)/(N−1)) (Cochran,
     * Sampling Techniques, 1977, §3.4); null without completes.
     */
    Double marginOfError(int n, Integer population) {
        if (n == 0) {
            return null;
        }
        if (population != null && population >= 1 && n >= population) {
            return 0.0; // everyone in the cell answered: a census has no sampling error (also N = 1, where the formula is 0/0)
        }
        double correction = population == null || population <= 1 ? 1
                : Math.sqrt(Math.max(0, population - n) / (double) (population - 1));
        return 100 * config.confidenceZ() * Math.sqrt(0.25 / n) * correction;
    }

    /**
     * Whether completes at the cell's daily rate so far reach the quota by the end date: today's
     * count plus the rate times the days left. Null without a quota or before fieldwork starts.
     */
    static Boolean onPace(int completed, Integer quota, LocalDate start, LocalDate end, LocalDate today) {
        if (quota == null) {
            return null;
        }
        if (completed >= quota) {
            return true;
        }
        if (today.isBefore(start)) {
            return null;
        }
        LocalDate last = today.isAfter(end) ? end : today;
        long elapsed = ChronoUnit.DAYS.between(start, last) + 1;
        long left = Math.max(0, ChronoUnit.DAYS.between(last, end));
        return completed + (double) completed / elapsed * left >= quota;
    }

    private static RIndicator.Result rIndicator(MonitorSnapshot snapshot, List<List<String>> categories) {
        List<RIndicator.Group> groups = new ArrayList<>();
        for (MonitorSnapshot.Cell cell : snapshot.cells()) {
            groups.add(new RIndicator.Group(indices(cell, categories), cell.counts().invited(), cell.counts().completedInvited));
        }
        return RIndicator.of(groups, categories.stream().mapToInt(List::size).toArray());
    }

    /** The cell's category on each dimension as an index into that dimension's categories. */
    static int[] indices(MonitorSnapshot.Cell cell, List<List<String>> categories) {
        int[] indices = new int[categories.size()];
        for (int d = 0; d < indices.length; d++) {
            indices[d] = categories.get(d).indexOf(cell.categories().get(d));
        }
        return indices;
    }


    /**
     * Declared categories in the lead's order, then those with a quota but not declared (so a target
     * nobody in the frame has yet still shows, lagging), then those only the frame has (sorted), unknown last.
     */
    private static List<String> categories(StudyDefinition.Dimension dimension, Set<String> quotas, MonitorSnapshot snapshot,
            int d) {
        List<String> ordered = new ArrayList<>(dimension.categories() == null ? List.of() : dimension.categories());
        quotas.stream().filter(category -> !ordered.contains(category)).sorted().forEach(ordered::add);
        TreeSet<String> found = new TreeSet<>();
        snapshot.cells().forEach(cell -> found.add(cell.categories().get(d)));
        found.removeAll(ordered);
        boolean unknown = found.remove(SubgroupCells.UNKNOWN) || ordered.remove(SubgroupCells.UNKNOWN);
        ordered.addAll(found);
        if (unknown) {
            ordered.add(SubgroupCells.UNKNOWN);
        }
        return ordered;
    }

    private static Set<String> quotas(StudyDefinition definition, String dimension) {
        return definition.quotas() == null || definition.quotas().get(dimension) == null ? Set.of()
                : definition.quotas().get(dimension).keySet();
    }

    private static Integer quota(StudyDefinition definition, String dimension, String category) {
        return definition.quotas() == null || definition.quotas().get(dimension) == null ? null
                : definition.quotas().get(dimension).get(category);
    }

    private static Double ratio(Integer part, int whole) {
        return part == null || whole == 0 ? null : part / (double) whole;
    }

    /** Half-up rounding to {@code decimals} places; null and NaN stay null. */
    static Double round(Double value, int decimals) {
        return value == null || value.isNaN() || value.isInfinite() ? null
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}

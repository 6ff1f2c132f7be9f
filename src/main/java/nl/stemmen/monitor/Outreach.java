package nl.stemmen.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.access.Staff;

/**
 * What to do next for the cells that lag (issue 14, outreach): for each lagging category, a
 * reminder to its non-responders, ranked by how much it is expected to raise the R-indicator per
 * letter. The expectation refits the response propensities with the extra completes added and
 * reports the R-indicator before and after, with the assumption behind it in words.
 *
 * <p>Assumption: a reminder brings completes from a category's non-responders at the response rate
 * the category has had so far. Reminders usually bring fewer than the first letter, so read the gains
 * as an upper bound; they rank the cells all the same. Open recruitment (flyers, fieldworkers) is
 * ranked per hour once fieldwork data exists.
 */
@ApplicationScoped
public class Outreach {

    /** The most categories worked out at once: each costs a refit of the propensities. */
    static final int MAX_PROPOSALS = 12;

    private final Monitor monitor;

    public Outreach(Monitor monitor) {
        this.monitor = monitor;
    }

    /**
     * A proposed reminder to one lagging category's non-responders.
     *
     * @param letters            non-responders to remind (invited, not completed, not withdrawn)
     * @param expectedCompletes  letters × the category's response rate so far
     * @param rIndicatorAfter    the R-indicator with those completes added
     * @param gainPerLetter      (after − now) / letters: what ranks the proposals
     * @param explanation        the proposal and its assumption in a Dutch sentence for the page
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Proposal(String dimension, String category, String action, int letters, double expectedCompletes,
            Double rIndicatorNow, Double rIndicatorAfter, Double gainPerLetter, String explanation) {
    }

    /** The proposals, best first, and what holds for all of them. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Plan(Double rIndicator, List<Proposal> proposals, String assumption, String openRecruitment) {

        /** The R-indicator as the page writes it: "0,86". */
        @JsonIgnore
        public String rIndicatorText() {
            return dutch(rIndicator);
        }
    }

    /** The outreach plan now; empty when {@code staff} may not see the study. */
    public Optional<Plan> plan(Staff staff, String studyId) {
        Optional<Monitor.Counted> counted = monitor.counted(staff, studyId);
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        MonitorReport report = counted.get().report();
        MonitorSnapshot snapshot = counted.get().snapshot();
        List<String> dimensions = List.copyOf(report.dimensions().keySet());
        List<List<String>> categories = dimensions.stream()
                .map(d -> List.copyOf(report.dimensions().get(d).keySet())).toList();
        List<Proposal> proposals = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            for (Map.Entry<String, MonitorReport.CellFigures> entry : report.dimensions().get(dimensions.get(d)).entrySet()) {
                MonitorReport.CellFigures cell = entry.getValue();
                if (cell.lagging() && cell.invited() > 0) {
                    proposals.add(reminder(snapshot, categories, report.rIndicator(), dimensions.get(d), d,
                            entry.getKey(), cell));
                }
            }
        }
        proposals.sort(Comparator.comparing((Proposal p) -> p.gainPerLetter() == null ? Double.NEGATIVE_INFINITY
                : p.gainPerLetter()).reversed());
        return Optional.of(new Plan(report.rIndicator(), proposals.subList(0, Math.min(MAX_PROPOSALS, proposals.size())),
                "Een herinnering levert bij de niet-respondenten van een categorie evenveel voltooiingen op als de "
                        + "respons in die categorie tot nu toe; meestal is het minder, dus lees de winst als een bovengrens.",
                "Nog geen gegevens over flyers of veldwerkers: werving op locatie kan nog niet per uur worden vergeleken."));
    }

    /** 0.8612 → "0,86"; null → "–". */
    private static String dutch(Double r) {
        return r == null ? "–" : String.format(Locale.ROOT, "%.2f", r).replace('.', ',');
    }

    private Proposal reminder(MonitorSnapshot snapshot, List<List<String>> categories, Double now, String dimension, int d,
            String category, MonitorReport.CellFigures figures) {
        double rate = figures.responseRate() == null ? 0 : figures.responseRate();
        List<RIndicator.Group> after = new ArrayList<>();
        int letters = 0;
        for (MonitorSnapshot.Cell cell : snapshot.cells()) {
            CellCounts c = cell.counts();
            int nonResponders = Math.max(0, c.invited() - c.completedInvited - c.withdrawn() - c.excluded());
            boolean inCategory = cell.categories().get(d).equals(category);
            letters += inCategory ? nonResponders : 0;
            after.add(new RIndicator.Group(Monitor.indices(cell, categories), c.invited(),
                    c.completedInvited + (inCategory ? nonResponders * rate : 0)));
        }
        Double rAfter = Monitor.round(RIndicator.of(after, categories.stream().mapToInt(List::size).toArray()).r(), 4);
        Double gain = rAfter == null || now == null || letters == 0 ? null : (rAfter - now) / letters;
        double expected = letters * rate;
        String explanation = String.format(Locale.ROOT,
                "Herinnering aan %d niet-respondenten in %s %s: verwacht ongeveer %.0f voltooiingen erbij, R-indicator van %s naar %s.",
                letters, dimension, category, expected, dutch(now), dutch(rAfter));
        return new Proposal(dimension, category, "reminder_letter", letters, Monitor.round(expected, 2), now, rAfter,
                gain == null ? null : Monitor.round(gain, 8), explanation);
    }
}

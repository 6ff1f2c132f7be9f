package nl.stemmen.monitor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.stemmen.landing.LandingMonitor;

/**
 * What {@code GET /api/studies/{id}/monitor} answers (design §7, extended): the study's funnel,
 * its R-indicator, and per dimension and category the cell's figures. Shares and rates are
 * fractions rounded to 4 decimals, differences and margins percentage points to 1 decimal.
 *
 * @param population     the frame's people in the latest file; null where the study has no frame
 * @param comparedWith   "population", or "invited" when only part of the frame was invited:
 *                       then a cell's representativeness compares with its share of the invited
 * @param start          the first day of fieldwork; {@code end} the last
 * @param rIndicator     1 − 2·S(ρ̂), {@link RIndicator}; null with fewer than two invited people
 * @param dimensions     dimension → category → figures, categories in the study's order, then those the frame added, "unknown" last
 * @param channels       funnel per channel (personal_link, short_code, flyer)
 * @param languages      funnel per language chosen by respondents
 * @param completesPerDay completed responses per day of fieldwork, in date order
 * @param waves          the study's mailings and reminder waves (issue 15), oldest first
 * @param landing        the landing's routes and control questions (issue 16); null when the study has no landing
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({ "population", "invited", "opened", "started", "completed", "r_indicator", "dimensions" })
public record MonitorReport(Integer population, int invited, int opened, int started, int partial, int completed,
        int withdrawn, int excluded, Double rIndicator, boolean rIndicatorConverged, String comparedWith,
        double thresholdPp, int partialAfterHours, LocalDate start, LocalDate end, OffsetDateTime computedAt,
        Map<String, Map<String, CellFigures>> dimensions, Map<String, Funnel> channels, Map<String, Funnel> languages,
        List<DayCount> completesPerDay, List<Wave> waves,
        @JsonInclude(JsonInclude.Include.NON_NULL) LandingMonitor.LandingFigures landing) {

    /**
     * The figures of one category of one dimension.
     *
     * @param responseRate      completed / invited (completed / population when nobody was invited); null when the base is 0
     * @param populationShare   the category's share of the study's population; null without a population
     * @param invitedShare      its share of the invited people
     * @param respondentShare   its share of the completes; null without completes
     * @param differencePp      100 × (respondent_share − population_share), one decimal
     * @param representative    |difference| under the study's threshold, against the compared base;
     *                          null when that base is unknown or nobody completed
     * @param marginOfErrorPp   half the 95% confidence interval of a percentage near 50% among the
     *                          cell's completes, with the finite-population correction √((N−n)/(N−1))
     * @param quota             completes wanted; null without a quota
     * @param quotaProgress     completed / quota
     * @param onPace            whether the cell reaches its quota by the end date at its daily rate so far; null without a quota or before fieldwork
     * @param lagging           behind its quota's pace, or under-represented by the threshold or more
     * @param partialR          the dimension's partial R-indicator, the same on each of its categories
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({ "population", "invited", "opened", "started", "completed", "response_rate", "population_share",
            "respondent_share", "difference_pp", "quota", "partial_r" })
    public record CellFigures(Integer population, int invited, int opened, int started, int partial, int completed,
            int withdrawn, int excluded, Double responseRate, Double populationShare, Double invitedShare,
            Double respondentShare, Double differencePp, Boolean representative, Double marginOfErrorPp, Integer quota,
            Double quotaProgress, Boolean onPace, boolean lagging, Double partialR) {
    }

    /** The funnel of respondents who came by one channel or chose one language (no invited count: those are per person). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Funnel(int opened, int started, int partial, int completed, int excluded) {

        static Funnel of(CellCounts counts) {
            return new Funnel(counts.opened(), counts.started(), counts.partial(), counts.completed(), counts.excluded());
        }
    }

    /**
     * A mailing or reminder wave and its effect.
     *
     * @param date           the Dutch calendar day it was made
     * @param channel        letter, email or sms
     * @param count          its recipients
     * @param completedAfter its recipients whose response completed after it was made (not excluded)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Wave(long id, LocalDate date, String channel, boolean reminder, int count, int completedAfter) {
    }

    /** Completes on one day. */
    public record DayCount(LocalDate date, int completed) {
    }
}

package nl.stemmen.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The raw counts of a study at one moment, as {@link MonitorQueries} reads them: per subgroup cell
 * (a combination of one category per dimension), per channel and per language.
 *
 * @param cells           per cell: its categories in dimension order and its funnel
 * @param channels        funnel per channel (personal_link, short_code, flyer), from the responses
 * @param languages       funnel per language the respondents chose, from the responses
 * @param completesPerDay completed responses per calendar day (the server's time zone)
 */
public record MonitorSnapshot(List<Cell> cells, Map<String, CellCounts> channels, Map<String, CellCounts> languages,
        Map<LocalDate, Integer> completesPerDay) {

    /** A subgroup cell: one category per dimension, and its counts. */
    public record Cell(long id, List<String> categories, CellCounts counts) {
    }
}

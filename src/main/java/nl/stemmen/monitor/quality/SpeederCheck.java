package nl.stemmen.monitor.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speeders: a completed response whose completion time (completed_at − started_at) is under
 * {@code fraction} × the median completion time of the completed responses on the same route, judged
 * only on a route with at least {@code minimumCompletes} completes. A route is the set of pages shown,
 * so a short route is compared with others that skipped the same pages, not with the long ones.
 */
final class SpeederCheck implements QualityCheck {

    private final double fraction;
    private final int minimumCompletes;

    SpeederCheck(double fraction, int minimumCompletes) {
        this.fraction = fraction;
        this.minimumCompletes = minimumCompletes;
    }

    @Override
    public List<Flag> flags(StudyResponses study) {
        Map<String, List<CheckedResponse>> byRoute = new LinkedHashMap<>();
        study.responses().stream().filter(CheckedResponse::completed)
                .forEach(r -> byRoute.computeIfAbsent(r.route(), k -> new ArrayList<>()).add(r));
        List<Flag> flags = new ArrayList<>();
        for (List<CheckedResponse> route : byRoute.values()) {
            if (route.size() < minimumCompletes) {
                continue;
            }
            double median = median(route.stream().mapToDouble(r -> seconds(r.completionTime())).sorted().toArray());
            double limit = fraction * median;
            int pages = route.get(0).pagesShown().size();
            for (CheckedResponse response : route) {
                double seconds = seconds(response.completionTime());
                if (seconds < limit) {
                    flags.add(new Flag(response.id(), FlagKind.SPEEDER, String.format(Locale.ROOT,
                            "completed in %s; median of its route %s (%d completes, %d pages); limit %s",
                            minutes(seconds), minutes(median), route.size(), pages, minutes(limit))));
                }
            }
        }
        return flags;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** The middle value of sorted values; the mean of the two middle ones for an even count. */
    static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }
}

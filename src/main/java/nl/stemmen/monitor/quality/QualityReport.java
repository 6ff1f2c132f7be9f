package nl.stemmen.monitor.quality;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of a run of the checks over a study, in the JSON of {@code GET /api/studies/{id}/quality}.
 *
 * @param responses the study's non-test responses checked
 * @param flags every flag, by response id, then duplicate, speeder, straightlining
 * @param counts flagged responses per kind, every kind present (0 when none)
 * @param exclusions every excluded response of the study, flagged or not
 */
public record QualityReport(@JsonProperty("checked_at") OffsetDateTime checkedAt, int responses, List<FlagRow> flags,
        Map<String, Integer> counts, List<Exclusion> exclusions) {

    /** One flag of one response, and whether a lead excluded that response. */
    public record FlagRow(long response, String flag, String detail, @JsonProperty("flagged_at") OffsetDateTime flaggedAt,
            boolean excluded) {
    }

    /** An excluded response: when and by whom (the staff member's username). */
    public record Exclusion(long response, @JsonProperty("excluded_at") OffsetDateTime excludedAt,
            @JsonProperty("excluded_by") String excludedBy) {
    }

    /** A response with its flags and its exclusion (null when included), as the staff page lists them. */
    public record Listed(long response, List<FlagRow> flags, Exclusion exclusion) {
    }

    /** Flagged or excluded responses, by id: one entry per response. */
    @JsonIgnore
    public List<Listed> listed() {
        Map<Long, List<FlagRow>> flagsOf = new LinkedHashMap<>();
        Map<Long, Exclusion> excluded = new LinkedHashMap<>();
        flags.forEach(f -> flagsOf.computeIfAbsent(f.response(), k -> new ArrayList<>()).add(f));
        exclusions.forEach(e -> {
            excluded.put(e.response(), e);
            flagsOf.putIfAbsent(e.response(), List.of());
        });
        List<Listed> listed = new ArrayList<>();
        flagsOf.keySet().stream().sorted().forEach(id -> listed.add(new Listed(id, flagsOf.get(id), excluded.get(id))));
        return listed;
    }
}

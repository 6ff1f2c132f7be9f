package nl.stemmen.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import nl.stemmen.language.Language;

/**
 * The response columns that open every export, in this order (docs/export-codes.md). Times are
 * UTC in ISO 8601 to the second ({@code 2026-12-03T10:15:30Z}); the duration is whole seconds from
 * start to completion, empty while not completed.
 */
enum ResponseField {
    ID("response_id", 0, "Respons: nummer in Stemmen", "Response: number in Stemmen", r -> BigDecimal.valueOf(r.id())),
    CHANNEL("response_channel", 20, "Kanaal: personal_link, short_code, flyer, session, in_person, paper",
            "Channel: personal_link, short_code, flyer, session, in_person, paper",
            ExportedResponse::channel),
    MODE("response_mode", 20, "Wijze van invullen: self, assisted, paper", "Mode: self, assisted, paper",
            ExportedResponse::mode),
    LANGUAGE("response_language", 10, "Taal van de respons", "Language of the response", ExportedResponse::language),
    STARTED("response_started", 20, "Begonnen (UTC)", "Started (UTC)", r -> utc(r.started())),
    COMPLETED("response_completed", 20, "Afgerond (UTC); leeg: niet afgerond", "Completed (UTC); empty: not completed",
            r -> utc(r.completed())),
    DURATION("response_duration", 0, "Duur in seconden, van begin tot afronding", "Duration in seconds, start to completion",
            r -> r.completed() == null ? null : BigDecimal.valueOf(Duration.between(r.started(), r.completed()).toSeconds())),
    STATUS("response_status", 20, "Status: in_progress, completed", "Status: in_progress, completed", ExportedResponse::status),
    FLAGS("response_flags", 200, "Kwaliteitsvlaggen (duplicate, speeder, straightlining), met spaties",
            "Quality flags (duplicate, speeder, straightlining), space separated", r -> String.join(" ", r.flags())),
    EXCLUDED("response_excluded", 0, "Uitgesloten door de onderzoeksleider: 1 ja, 0 nee",
            "Excluded by the research lead: 1 yes, 0 no", r -> r.excluded() ? BigDecimal.ONE : BigDecimal.ZERO),
    WEIGHT("response_weight", 0, "Weging: naar de populatie van het kader over alle subgroepen (raking); leeg: niet gewogen",
            "Weight: raked to the frame's population over all dimensions; empty: not weighted",
            r -> r.weight() == null ? null : BigDecimal.valueOf(r.weight()).setScale(6, RoundingMode.HALF_UP));

    private final String column;
    private final int width;
    private final String dutch;
    private final String english;
    private final Function<ExportedResponse, Object> cell;

    ResponseField(String column, int width, String dutch, String english, Function<ExportedResponse, Object> cell) {
        this.column = column;
        this.width = width;
        this.dutch = dutch;
        this.english = english;
        this.cell = cell;
    }

    String column() {
        return column;
    }

    int width() {
        return width;
    }

    String label(Language language) {
        return language == Language.NL ? dutch : english;
    }

    /** Value labels: 0 and 1 of {@link #EXCLUDED}; the other fields have none. */
    Map<Double, String> valueLabels(Language language) {
        if (this != EXCLUDED) {
            return Map.of();
        }
        Map<Double, String> labels = new LinkedHashMap<>();
        labels.put(0.0, language == Language.NL ? "nee" : "no");
        labels.put(1.0, language == Language.NL ? "ja, uitgesloten" : "yes, excluded");
        return labels;
    }

    Object cell(ExportedResponse response) {
        return cell.apply(response);
    }

    private static String utc(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
}

package nl.stemmen.monitor.quality;

import java.util.Locale;

/** What a data-quality check found: the {@code flag} column of response_flag and of the API. */
public enum FlagKind {
    /** Probably the same person as an earlier response. */
    DUPLICATE,
    /** Completed far faster than others on the same route. */
    SPEEDER,
    /** Every row of a matrix question answered with one choice. */
    STRAIGHTLINING;

    /** The name in the database and the API: duplicate, speeder, straightlining. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FlagKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

package nl.stemmen.export.sav;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * User-missing values of a numeric variable, as SPSS stores them in the variable record: up to 3
 * discrete values, or a range {@code low..high} plus at most one discrete value. String variables
 * take {@link #none()}. A range may be open: {@code low} = {@link Double#NEGATIVE_INFINITY} is written
 * as SPSS's LOWEST, {@code high} = {@link Double#POSITIVE_INFINITY} as HIGHEST.
 *
 * @param discrete the discrete missing values, at most 3 (at most 1 with a range); null = none
 * @param low      the low end of the range, or null for no range (then {@code high} is null too)
 * @param high     the high end of the range, at least {@code low}
 * @throws IllegalArgumentException for more values than that, NaN, a half range or {@code low > high}
 */
public record MissingValues(List<Double> discrete, Double low, Double high) {

    public MissingValues {
        if (discrete == null) {
            discrete = List.of();
        }
        if (discrete.stream().anyMatch(v -> v == null || v.isNaN())) {
            throw new IllegalArgumentException("a missing value is null or NaN: " + discrete);
        }
        discrete = List.copyOf(discrete);
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("a missing-value range needs both ends, got " + low + " THRU " + high);
        }
        if (low != null && (low.isNaN() || high.isNaN() || low > high)) {
            throw new IllegalArgumentException("missing-value range " + low + " THRU " + high + " is empty or NaN");
        }
        int allowed = low == null ? 3 : 1;
        if (discrete.size() > allowed) {
            throw new IllegalArgumentException("at most " + allowed + " discrete missing values "
                    + (low == null ? "" : "next to a range ") + "fit SPSS, got " + discrete);
        }
    }

    /** No user-missing values. */
    public static MissingValues none() {
        return new MissingValues(List.of(), null, null);
    }

    /** One to three discrete missing values, e.g. {@code of(-9, -8)} for "don't know" and "refused". */
    public static MissingValues of(double... values) {
        return new MissingValues(Arrays.stream(values).boxed().toList(), null, null);
    }

    /** The range {@code low..high}, ends included; infinities stand for LOWEST and HIGHEST. */
    public static MissingValues range(double low, double high) {
        return new MissingValues(List.of(), low, high);
    }

    /** The range {@code low..high} plus one discrete value. */
    public static MissingValues rangeAnd(double low, double high, double value) {
        return new MissingValues(List.of(value), low, high);
    }

    /** True when nothing is declared missing. */
    public boolean isEmpty() {
        return discrete.isEmpty() && low == null;
    }

    /** The variable record's {@code n_missing_values}: 0..3 discrete, -2 a range, -3 a range and a value. */
    int code() {
        return low == null ? discrete.size() : -2 - discrete.size();
    }

    /** The values in file order: range ends first (infinities as LOWEST/HIGHEST), then the discrete ones. */
    List<Double> fileValues() {
        if (low == null) {
            return discrete;
        }
        List<Double> range = List.of(Math.max(low, -Double.MAX_VALUE), Math.min(high, Double.MAX_VALUE));
        return Stream.concat(range.stream(), discrete.stream()).toList();
    }
}

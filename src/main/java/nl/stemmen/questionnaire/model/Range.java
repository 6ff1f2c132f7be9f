package nl.stemmen.questionnaire.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a {@code range} question offers (XLSForm's {@code parameters: start=0 end=10 step=1}):
 * from {@code start} to {@code end} in steps of {@code step} (positive; counting down when end is
 * below start). The loader makes sure the steps reach {@code end} exactly.
 */
public record Range(BigDecimal start, BigDecimal end, BigDecimal step) {

    /** XLSForm's default when a range has no parameters. */
    public static final Range DEFAULT = new Range(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE);

    /** Every number offered, in order from start to end, without trailing zeros (2.5, 3, not 3.0). */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal signed = end.compareTo(start) >= 0 ? step : step.negate();
        int count = end.subtract(start).abs().divide(step).intValueExact() + 1;
        for (int i = 0; i < count; i++) {
            values.add(plain(start.add(signed.multiply(BigDecimal.valueOf(i)))));
        }
        return values;
    }

    /** Whether {@code number} is one of the {@link #values()}. */
    public boolean offers(BigDecimal number) {
        return values().stream().anyMatch(v -> v.compareTo(number) == 0);
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

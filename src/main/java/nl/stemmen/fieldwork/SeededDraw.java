package nl.stemmen.fieldwork;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The drawing algorithm, written down so that anyone can re-run a draw from its recorded seed: the entry ids are
 * sorted ascending; with {@code r = new java.util.SplittableRandom(seed)}, for {@code i = 0, 1, …, k − 1} take
 * {@code j = i + r.nextInt(n − i)} and swap positions {@code i} and {@code j} (a partial Fisher–Yates shuffle,
 * Durstenfeld's version); the winners are positions {@code 0 … k − 1}, in that order. {@code k} is the number
 * wanted, or {@code n} when there are fewer entries. SplittableRandom's output for a seed is fixed by its
 * specification (Java 8 and later), so the same seed and entries give the same winners on any Java.
 */
public final class SeededDraw {

    /** The name stored with every draw; a changed algorithm gets a new name. */
    public static final String ALGORITHM = "sort-ids-then-fisher-yates-splittablerandom-v1";

    private SeededDraw() {
    }

    /**
     * Draws {@code wanted} of {@code ids} (any order, no duplicates) with {@code random}, continuing its sequence:
     * the ids drawn, in drawing order. IllegalArgumentException for a negative number wanted.
     */
    public static List<Long> draw(List<Long> ids, int wanted, SplittableRandom random) {
        if (wanted < 0) {
            throw new IllegalArgumentException("wanted must be 0 or more, not " + wanted);
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        int n = sorted.size();
        int k = Math.min(wanted, n);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            Long swapped = sorted.get(i);
            sorted.set(i, sorted.get(j));
            sorted.set(j, swapped);
        }
        return List.copyOf(sorted.subList(0, k));
    }

    /** {@link #draw(List, int, SplittableRandom)} with a fresh generator of {@code seed}. */
    public static List<Long> draw(List<Long> ids, int wanted, long seed) {
        return draw(ids, wanted, new SplittableRandom(seed));
    }
}

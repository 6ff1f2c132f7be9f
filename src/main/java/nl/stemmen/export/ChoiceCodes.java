package nl.stemmen.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.ChoiceList;

/**
 * The numeric code of every choice of one list, the same in the CSV, the .sav and the codebook
 * (docs/export-codes.md):
 * <ul>
 * <li>choices that are answers: their names when every such name of the list is a whole number
 *     0–999999 (a list written as {@code 1, 2, 3, 4, 5} keeps its codes), else their position
 *     among them, 1, 2, …; a choice named {@code other} (what or_other adds) does not count for this, and
 *     among numbered choices takes the number after the highest;</li>
 * <li>{@code missing: true} choices (don't know, rather not say): -4, -5, … in list order, right
 *     below the {@link MissingCode}s, so that SPSS can declare every missing code of a column as one
 *     range ({@code LOWEST THRU -1}); SPSS allows only three single missing values, or one range and one value.</li>
 * </ul>
 */
public final class ChoiceCodes {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final int FIRST_MISSING_CHOICE = -4;

    /** A choice with its code. */
    public record Coded(Choice choice, int code) {
    }

    private final ChoiceList list;
    private final Map<String, Coded> byName = new LinkedHashMap<>();

    private ChoiceCodes(ChoiceList list) {
        this.list = list;
        List<Choice> answers = list.choices().stream().filter(c -> !c.missing() && !c.name().equals(Choice.OTHER)).toList();
        boolean ownNumbers = !answers.isEmpty() && answers.stream().allMatch(c -> WHOLE_NUMBER.matcher(c.name()).matches())
                && distinctNumbers(answers);
        int afterHighest = answers.stream().mapToInt(c -> ownNumbers ? Integer.parseInt(c.name()) : 0).max().orElse(0) + 1;
        int position = 1;
        int missing = FIRST_MISSING_CHOICE;
        for (Choice choice : list.choices()) {
            int code = choice.missing() ? missing--
                    : ownNumbers && choice.name().equals(Choice.OTHER) ? afterHighest
                    : ownNumbers ? Integer.parseInt(choice.name()) : position++;
            byName.put(choice.name(), new Coded(choice, code));
        }
    }

    private static boolean distinctNumbers(List<Choice> choices) {
        Set<Integer> seen = new HashSet<>();
        return choices.stream().allMatch(c -> seen.add(Integer.parseInt(c.name())));
    }

    public static ChoiceCodes of(ChoiceList list) {
        return new ChoiceCodes(list);
    }

    /** The code of a chosen option's name; empty for a name the list does not have (another questionnaire version). */
    public Optional<Coded> code(String choiceName) {
        return Optional.ofNullable(byName.get(choiceName));
    }

    public ChoiceList list() {
        return list;
    }

    /** Every choice with its code, in list order. */
    public List<Coded> all() {
        return List.copyOf(byName.values());
    }

    /** The lowest code a column of this list can hold: its last missing choice's, else the lowest {@link MissingCode}'s. */
    public int lowestMissing() {
        int lowest = MissingCode.DONT_UNDERSTAND.code();
        for (Coded coded : byName.values()) {
            lowest = Math.min(lowest, coded.code());
        }
        return lowest;
    }
}

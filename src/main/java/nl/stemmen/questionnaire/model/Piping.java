package nl.stemmen.questionnaire.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Piping: {@code ${name}} inside a questionnaire text stands for the answer to question {@code name}. A text may
 * only show answers to questions before it in the file: a question's texts (and its matrix rows') those before
 * the question, a page title those before the page, a choice label those before the first question that offers
 * its list, the outro every answer; the title and the intro none (they are shown before any question).
 */
public final class Piping {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}");

    /** variable → its place in file order. */
    private final Map<String, Integer> order = new HashMap<>();
    /** variable → the line of its question, for "comes later (line n)". */
    private final Map<String, Integer> lines = new HashMap<>();
    /** question names without a variable of their own (matrix, note) → their type. */
    private final Map<String, QuestionType> withoutVariable = new HashMap<>();
    /** text key → how many variables come before the text: it may show those. */
    private final Map<String, Integer> before = new LinkedHashMap<>();

    private Piping(Questionnaire questionnaire) {
        before.put("title", 0);
        before.put("intro", 0);
        Map<String, Integer> listUsers = new HashMap<>();
        for (Page page : questionnaire.pages()) {
            before.put(page.titleKey(), order.size());
            for (Question q : page.questions()) {
                for (String field : List.of("label", "hint", "constraint_message", "required_message")) {
                    before.put(q.textKey(field), order.size());
                }
                q.rows().forEach(row -> before.put(q.rowTextKey(row), order.size()));
                if (q.choices() != null) {
                    listUsers.putIfAbsent(q.choices().name(), order.size());
                }
                if (q.type() == QuestionType.MATRIX || q.type() == QuestionType.NOTE) {
                    withoutVariable.put(q.name(), q.type());
                }
                for (String variable : q.variables()) {
                    order.putIfAbsent(variable, order.size());
                    lines.putIfAbsent(variable, q.line());
                }
            }
        }
        before.put("outro", order.size());
        for (ChoiceList list : questionnaire.choiceLists().values()) {
            list.choices().forEach(c -> before.put(list.textKey(c), listUsers.getOrDefault(list.name(), order.size())));
        }
    }

    /** Which answers the texts of {@code questionnaire} may show. */
    public static Piping of(Questionnaire questionnaire) {
        return new Piping(questionnaire);
    }

    /** The names in {@code ${…}} in {@code text}, in order, each once; none for null. */
    public static Set<String> references(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = REFERENCE.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** {@code text} with every {@code ${name}} replaced by {@code shown.apply(name)}; other text unchanged. */
    public static String fill(String text, Function<String, String> shown) {
        return REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(shown.apply(match.group(1))));
    }

    /**
     * What is wrong with the references in {@code text}, the text under translation key {@code key}: one
     * sentence per reference to a question that does not exist, comes at or after the text, or has no answer
     * of its own (a note, a matrix); empty when all is well.
     */
    public List<String> problems(String key, String text) {
        List<String> problems = new ArrayList<>();
        int limit = before.getOrDefault(key, order.size());
        for (String name : references(text)) {
            Integer place = order.get(name);
            if (place != null && place < limit) {
                continue;
            }
            QuestionType without = withoutVariable.get(name);
            if (without == QuestionType.MATRIX) {
                problems.add("shows ${" + name + "}, a matrix: show one of its statements instead, e.g. ${" + name + "_<row>}");
            } else if (without == QuestionType.NOTE) {
                problems.add("shows ${" + name + "}, a note, which has no answer");
            } else if (place != null) {
                problems.add("shows ${" + name + "}, which is not answered before this text (line " + lines.get(name)
                        + "); a text can only show answers to earlier questions");
            } else {
                problems.add("shows ${" + name + "}, which does not exist");
            }
        }
        return problems;
    }
}

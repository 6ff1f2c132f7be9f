package nl.stemmen.study;

import java.util.List;

/**
 * The category a respondent's own answer gives them on a study dimension (design §4), for a respondent
 * the frame says nothing about: the one rule that subgroup cells, cross-tabs, duplicate checks and
 * sign-ups apply. Which answer counts: status {@code answered} (not skipped, not "don't understand"),
 * the single option of the dimension's select_one {@code question} (answer row item 0). Which category it
 * gives: the option's name, exactly as written (case counts), when it is one of the dimension's declared
 * {@code categories}; without declared categories, any option not marked {@code missing: true}; any other
 * answer, or none, gives {@value SubgroupCells#UNKNOWN}.
 */
public final class AnswerCategory {

    private AnswerCategory() {
    }

    /**
     * The condition on an answer-table row that can give a category, as SQL for PostgreSQL and H2.
     *
     * @param alias the answer table's alias in the query, e.g. {@code a}
     * @return e.g. {@code a.status = 'answered' and a.item = 0}; the caller adds the variable (the dimension's question)
     */
    public static String countedAnswer(String alias) {
        return alias + ".status = 'answered' and " + alias + ".item = 0";
    }

    /**
     * The category of one counted answer.
     *
     * @param dimension a study dimension (its {@code categories} null or empty: none declared)
     * @param choice    the name of the option chosen for the dimension's question; null when it was not answered
     * @param missing   whether that option is marked {@code missing: true} (don't know, rather not say)
     * @return {@code choice} when it is a category of the dimension, else {@value SubgroupCells#UNKNOWN}; never null
     */
    public static String of(StudyDefinition.Dimension dimension, String choice, boolean missing) {
        List<String> declared = dimension.categories();
        boolean counts = choice != null && (declared == null || declared.isEmpty() ? !missing : declared.contains(choice));
        return counts ? choice : SubgroupCells.UNKNOWN;
    }
}

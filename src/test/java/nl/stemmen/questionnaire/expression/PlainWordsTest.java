package nl.stemmen.questionnaire.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codebook's reading of routing conditions: the demo's conditions, and brackets where words would be ambiguous. */
class PlainWordsTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "selected(${situatie}, 'taalles') | 'taalles' gekozen bij situatie",
            "${heeft_werk} = 'ja' | heeft_werk is 'ja'",
            "${status} != 'anders' | status is niet 'anders'",
            "${woonsituatie} != '' and ${woonsituatie} != 'azc' | woonsituatie is ingevuld en woonsituatie is niet 'azc'",
            "frame('gender') = '' | gender (steekproefkader) is leeg",
            "not(selected(${situatie}, 'betaald_werk')) and not(${a} = 1) | 'betaald_werk' niet gekozen bij situatie en niet (a is 1)",
            "${werk_uren} < 24 or ${werk_uren} >= 40 | werk_uren kleiner dan 24 of werk_uren minstens 40",
            "(${a} = 1 or ${b} = 2) and ${c} <= 3 | (a is 1 of b is 2) en c hoogstens 3",
            "count-selected(${problemen}) >= 1 | aantal gekozen bij problemen minstens 1",
            "${a} + ${b} * 2 > 10 | (a + (b × 2)) groter dan 10",
            "string-length(.) <= 500 | lengte van dit antwoord hoogstens 500",
            "coalesce(${a}, 'x') = 'x' | coalesce(a, 'x') is 'x'",
    })
    void readsOutTheExpression(String source, String words) throws ExpressionSyntaxException {
        assertEquals(words, Expression.parse(source).inPlainWords());
    }
}

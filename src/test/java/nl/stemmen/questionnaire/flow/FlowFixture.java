package nl.stemmen.questionnaire.flow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/** A small questionnaire with every kind of routing, and shorthands for answers and form values. */
final class FlowFixture {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    /*
     * start     werk (required) → uren (if werk=ja, required, 1..80, same page) → meer_uren (if uren < 24, same page)
     * baan      whole page only if werk=ja: contract (required), tevreden (if meer_uren=nee)
     * zoeken    no page condition, but its only question applies only if werk=nee
     * over_u    every type: select_multiple, date (before today), decimal, text, matrix (required)
     * einde     a note
     */
    static final String YAML = """
            id: route
            version: 1
            language: nl
            title: Route
            dont_understand: true
            pages:
              - name: start
                questions:
                  - name: werk
                    type: select_one ja_nee
                    label: Heeft u betaald werk?
                    required: true
                  - name: uren
                    type: integer
                    label: Hoeveel uur per week werkt u?
                    required: true
                    relevant: ${werk} = 'ja'
                    constraint: . >= 1 and . <= 80
                  - name: meer_uren
                    type: select_one ja_nee
                    label: Wilt u meer uren werken?
                    relevant: ${uren} < 24
              - name: baan
                relevant: ${werk} = 'ja'
                questions:
                  - name: contract
                    type: select_one contract
                    label: Wat voor contract heeft u?
                    required: true
                  - name: tevreden
                    type: select_one ja_nee
                    label: Bent u tevreden met uw uren?
                    relevant: ${meer_uren} = 'nee'
              - name: zoeken
                questions:
                  - name: zoekt_werk
                    type: select_one ja_nee
                    label: Zoekt u werk?
                    relevant: ${werk} = 'nee'
              - name: over_u
                questions:
                  - name: talen
                    type: select_multiple talen
                    label: Welke talen spreekt u?
                  - name: geboren
                    type: date
                    label: Wanneer bent u geboren?
                    constraint: . < today()
                  - name: gewicht
                    type: decimal
                    label: Hoeveel kilo weegt u?
                  - name: opmerking
                    type: text
                    label: Wilt u nog iets zeggen?
                  - name: stelling
                    type: matrix eens
                    label: Wat vindt u?
                    required: true
                    rows:
                      - {name: buurt, label: Ik woon hier graag}
                      - {name: stad, label: De stad is schoon}
              - name: einde
                questions:
                  - name: bedankt
                    type: note
                    label: Dank u wel.
            choices:
              ja_nee:
                - {name: ja, label: Ja}
                - {name: nee, label: Nee}
                - {name: wil_niet_zeggen, label: Zeg ik liever niet, missing: true}
              contract:
                - {name: vast, label: Vast}
                - {name: tijdelijk, label: Tijdelijk}
              talen:
                - {name: nl, label: Nederlands}
                - {name: ar, label: Arabisch}
                - {name: fa, label: Perzisch}
                - {name: ti, label: Tigrinya}
              eens:
                - {name: eens, label: Eens}
                - {name: oneens, label: Oneens}
            """;

    static final Questionnaire QUESTIONNAIRE = load(YAML);

    private FlowFixture() {
    }

    static Questionnaire load(String yaml) {
        try {
            return new QuestionnaireLoader().load("route.yaml", yaml);
        } catch (QuestionnaireFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Routing routing() {
        return new Routing(QUESTIONNAIRE, TODAY);
    }

    static Page page(String name) {
        return QUESTIONNAIRE.page(name).orElseThrow();
    }

    static Answers answers(Answer... answers) {
        return Answers.of(List.of(answers));
    }

    static Answer one(String variable, String choice) {
        return Answer.choices(variable, QuestionType.SELECT_ONE, List.of(choice));
    }

    static Answer integer(String variable, int value) {
        return Answer.number(variable, QuestionType.INTEGER, BigDecimal.valueOf(value));
    }

    /** Form values: alternating input name and value; a name may repeat (select_multiple). */
    static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return form;
    }
}

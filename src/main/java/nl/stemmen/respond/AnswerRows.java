package nl.stemmen.respond;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.flow.AnswerStatus;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/** Turns typed answers into answer-table rows and back, for one questionnaire version. */
final class AnswerRows {

    private final Map<String, ChoiceList> choicesByVariable = new HashMap<>();

    AnswerRows(Questionnaire questionnaire) {
        questionnaire.questions().filter(q -> q.choices() != null)
                .forEach(q -> q.variables().forEach(v -> choicesByVariable.put(v, q.choices())));
    }

    List<StoredAnswer> rows(long responseId, Answer answer, OffsetDateTime now) {
        List<StoredAnswer> rows = new ArrayList<>();
        if (!answer.isAnswered() || answer.choices().isEmpty()) {
            StoredAnswer row = row(responseId, answer, 0, now);
            row.textValue = answer.text();
            row.numberValue = answer.number();
            row.dateValue = answer.date();
            rows.add(row);
            return rows;
        }
        ChoiceList list = choicesByVariable.get(answer.variable());
        short item = (short) (answer.type() == QuestionType.SELECT_MULTIPLE ? 1 : 0);
        for (String choice : answer.choices()) {
            StoredAnswer row = row(responseId, answer, item, now);
            row.textValue = choice;
            row.missing = list != null && list.choice(choice).map(c -> c.missing()).orElse(false);
            rows.add(row);
            item++;
        }
        return rows;
    }

    private static StoredAnswer row(long responseId, Answer answer, int item, OffsetDateTime now) {
        StoredAnswer row = new StoredAnswer();
        row.responseId = responseId;
        row.variable = answer.variable();
        row.item = (short) item;
        row.questionType = answer.type().keyword();
        row.status = answer.status().code();
        row.answeredAt = now;
        return row;
    }

    static Answers answers(List<StoredAnswer> rows) {
        Map<String, List<StoredAnswer>> byVariable = new LinkedHashMap<>();
        rows.forEach(r -> byVariable.computeIfAbsent(r.variable, v -> new ArrayList<>()).add(r));
        List<Answer> answers = new ArrayList<>();
        byVariable.forEach((variable, group) -> answers.add(answer(variable, group)));
        return Answers.of(answers);
    }

    private static Answer answer(String variable, List<StoredAnswer> group) {
        StoredAnswer first = group.get(0);
        QuestionType type = QuestionType.byKeyword(first.questionType).orElseThrow();
        AnswerStatus status = AnswerStatus.ofCode(first.status);
        if (status != AnswerStatus.ANSWERED) {
            return new Answer(variable, type, status, null, null, null, List.of());
        }
        return switch (type) {
            case SELECT_ONE, SELECT_MULTIPLE, MATRIX -> Answer.choices(variable, type,
                    group.stream().sorted((a, b) -> Short.compare(a.item, b.item)).map(r -> r.textValue).toList());
            case INTEGER, DECIMAL, RANGE -> Answer.number(variable, type, first.number());
            case DATE -> Answer.date(variable, first.dateValue);
            case CALCULATE -> new Answer(variable, type, status, first.textValue, first.number(), first.dateValue, List.of());
            default -> Answer.text(variable, first.textValue);
        };
    }

    static boolean sameValue(Answer a, Answer b) {
        return a.equals(b) || a.number() != null && b.number() != null && a.number().compareTo(b.number()) == 0
                && a.status() == b.status();
    }

}

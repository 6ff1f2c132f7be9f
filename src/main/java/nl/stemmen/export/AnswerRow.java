package nl.stemmen.export;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.stemmen.questionnaire.flow.AnswerStatus;

/**
 * One stored answer row as the export reads it (the answer table, V1): a select_multiple answer has
 * one row per chosen option ({@code item} 1, 2, …), anything else one row (item 0). {@code text} holds
 * a text answer or a chosen option's name; {@code missing} marks an option that is {@code missing: true}.
 */
public record AnswerRow(short item, AnswerStatus status, String text, BigDecimal number, LocalDate date, boolean missing) {
}

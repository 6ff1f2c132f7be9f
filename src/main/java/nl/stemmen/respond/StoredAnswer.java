package nl.stemmen.respond;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the answer table: a typed value of one variable (select_multiple: one row per option). */
@Entity
@Table(name = "answer")
public class StoredAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "response_id")
    public Long responseId;

    public String variable;

    public short item;

    @Column(name = "question_type")
    public String questionType;

    public String status;

    @Column(name = "text_value")
    public String textValue;

    @Column(name = "number_value")
    public BigDecimal numberValue;

    @Column(name = "date_value")
    public LocalDate dateValue;

    public boolean missing;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** The number as typed: 2020, not 2020.000000 (the column's scale) nor 2.02E+3. */
    public BigDecimal number() {
        if (numberValue == null) {
            return null;
        }
        BigDecimal stripped = numberValue.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static List<StoredAnswer> ofResponse(long responseId) {
        return list("responseId = ?1 order by id", responseId);
    }

    public static void deleteVariables(long responseId, List<String> variables) {
        if (!variables.isEmpty()) {
            delete("responseId = ?1 and variable in ?2", responseId, variables);
        }
    }
}

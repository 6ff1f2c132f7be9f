package nl.stemmen.fieldwork;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who entered a study's voucher raffle: a contact and the day, nothing that leads to their answers. */
@Entity
@Table(name = "raffle_entry")
public class RaffleEntry extends PanacheEntityBase {

    /** Random, not a sequence: an ascending id would give away the order of completions. */
    @Id
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    /** An e-mail address (lower case) or a phone number (digits, a leading +). */
    public String contact;

    @Column(name = "signed_up_on")
    public LocalDate signedUpOn;
}

package nl.stemmen.fieldwork;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time permit to sign up, handed out on a thank-you page (only its SHA-256 hash is stored) and used up by
 * the sign-up. It says that someone completed a response of this study that day, never which response.
 */
@Entity
@Table(name = "signup_ticket")
public class SignupTicket extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_hash")
    public String ticketHash;

    @Column(name = "study_id")
    public String studyId;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The respondent's category per dimension, a JSON object; stored with an interview sign-up only if they tick it. */
    public String categories;
}

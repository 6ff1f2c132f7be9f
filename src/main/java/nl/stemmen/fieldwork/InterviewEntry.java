package nl.stemmen.fieldwork;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone willing to be interviewed: a contact, the day, and the subgroup categories they chose to share (so
 * a mix of people can be picked), nothing that leads to their answers.
 */
@Entity
@Table(name = "interview_entry")
public class InterviewEntry extends PanacheEntityBase {

    /** Random, not a sequence: an ascending id would give away the order of completions. */
    @Id
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    public String contact;

    /** JSON object dimension → category, only the dimensions the respondent ticked; {@code {}} when none. */
    public String shared;

    @Column(name = "signed_up_on")
    public LocalDate signedUpOn;
}

package nl.stemmen.mailing;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded mailing or reminder wave (table mailing); its recipients are rows of mailing_recipient. */
@Entity
@Table(name = "mailing")
public class Mailing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The username of who made it. */
    @Column(name = "created_by")
    public String createdBy;

    /** letter, email or sms ({@link MailingChannel#apiName()}). */
    public String channel;

    public boolean reminder;

    /** The cells chosen as JSON ({"gender": ["vrouw"]}); null for the whole study. */
    public String cells;

    public int recipients;

    /** People left out for want of the channel's contact detail. */
    public int skipped;

    /** When a lead started sending an e-mail mailing, and who; null until then. */
    @Column(name = "sending_started_at")
    public OffsetDateTime sendingStartedAt;

    @Column(name = "sending_started_by")
    public String sendingStartedBy;

    /** The public address the e-mails' links start with: where the lead who started it reached Stemmen. */
    @Column(name = "link_base")
    public String linkBase;
}

package nl.stemmen.access;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A staff account of the embedded default: username, bcrypt hash (Modular Crypt Format) and one
 * role ({@link Role#code()}). Production signs in through OIDC instead.
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    /** bcrypt in Modular Crypt Format ($2a$…), never the password. */
    public String password;

    public String role;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Account> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}

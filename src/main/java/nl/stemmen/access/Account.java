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

    /**
     * The account of {@code username} as typed at sign-in (form or HTTP Basic), if there is one. A name holding a NUL
     * is none: usernames never do, and PostgreSQL would refuse the query rather than find nothing.
     */
    public static Optional<Account> byUsername(String username) {
        if (username.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return find("username", username).firstResultOptional();
    }
}

package nl.stemmen.access;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/**
 * Staff accounts of the embedded default: the built-in {@code admin}, and the lead and fieldworker
 * accounts an admin creates. Passwords are stored as bcrypt hashes only.
 */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    /** Long enough to resist guessing over the network, short enough to type. */
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final AccessConfig config;
    private final boolean oidc;

    public Accounts(AccessConfig config, @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean oidc) {
        this.config = config;
        this.oidc = oidc;
    }

    /**
     * Whether Stemmen knows its staff: true on the embedded default; false with OIDC sign-in, where the identity
     * provider alone holds the accounts and their roles (Stemmen learns a name only when its owner signs in).
     */
    public boolean knowsStaff() {
        return !oidc;
    }

    /** Whether an embedded account {@code username} exists with exactly this role; false for null. */
    @Transactional
    public boolean hasRole(String username, Role role) {
        return username != null && Account.byUsername(username).filter(account -> role.code().equals(account.role)).isPresent();
    }

    /** At start: the built-in admin exists, with the configured password or, the first time, a generated one. */
    @Transactional
    void ensureAdmin(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        Optional<Account> admin = Account.byUsername(Role.ADMIN_NAME);
        Optional<String> configured = config.password();
        if (admin.isEmpty()) {
            String password = configured.orElseGet(Accounts::generatePassword);
            newAccount(Role.ADMIN_NAME, password, Role.ADMIN);
            if (configured.isEmpty()) {
                LOG.warnf("Created the admin account. Sign in as 'admin' with password %s (shown this once; "
                        + "set STEMMEN_ADMIN_PASSWORD to choose another)", password);
            }
        } else if (configured.isPresent() && !BcryptUtil.matches(configured.get(), admin.get().password)) {
            admin.get().password = BcryptUtil.bcryptHash(configured.get());
            LOG.info("Admin password set from STEMMEN_ADMIN_PASSWORD");
        }
    }

    private static void newAccount(String username, String password, Role role) {
        Account account = new Account();
        account.username = username;
        account.password = BcryptUtil.bcryptHash(password);
        account.role = role.code();
        account.createdAt = OffsetDateTime.now();
        account.persist();
    }

    /**
     * Creates a staff account.
     *
     * @param role admin, lead or fieldworker ({@link Role#code()})
     * @return every problem with the request (empty when the account was created): a username that is
     *         taken or not of a-z, 0-9 and . _ @ -, a password under 12 characters, an unknown role
     */
    @Transactional
    public List<String> create(String username, String password, String role) {
        List<String> problems = new ArrayList<>();
        Optional<Role> known = Optional.ofNullable(role).flatMap(Role::byCode);
        if (known.isEmpty()) {
            problems.add("role: admin, lead or fieldworker");
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("username: 2 to 64 characters of a-z, 0-9 and . _ @ -, starting with a letter or digit");
        } else if (Account.byUsername(username).isPresent()) {
            problems.add("username: '" + username + "' is taken");
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            problems.add("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (problems.isEmpty()) {
            newAccount(username, password, known.get());
            LOG.infof("Account '%s' created with role %s", username, role);
        }
        return problems;
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
        }
        return out.toString();
    }
}

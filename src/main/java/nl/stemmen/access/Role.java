package nl.stemmen.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a staff member may do (design §5). Respondents have no role and no account, ever. */
public enum Role {
    /** Everything, including accounts and every study. */
    ADMIN,
    /** Their own studies: frame, invitations, monitor, exports. */
    LEAD,
    /** Their flyers and counts, never answers. */
    FIELDWORKER;

    public static final String ADMIN_NAME = "admin";
    public static final String LEAD_NAME = "lead";
    public static final String FIELDWORKER_NAME = "fieldworker";

    /** The name in tokens, the API and the database: admin, lead, fieldworker. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}

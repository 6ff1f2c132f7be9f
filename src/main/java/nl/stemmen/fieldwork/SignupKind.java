package nl.stemmen.fieldwork;

import java.util.Arrays;
import java.util.Optional;

/** The two offers of the thank-you page: the voucher raffle and the follow-up interview. */
public enum SignupKind {
    RAFFLE("raffle"), INTERVIEWS("interviews");

    private final String apiName;

    SignupKind(String apiName) {
        this.apiName = apiName;
    }

    /** The name in API paths and logs: {@code raffle} or {@code interviews}. */
    public String apiName() {
        return apiName;
    }

    /** The kind named so in a path; empty for any other word. */
    public static Optional<SignupKind> byApiName(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName.equals(name)).findFirst();
    }
}

package nl.stemmen.access;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a signed-in staff member, with HTTP Basic as outside scripts do on the embedded default. */
public final class SignedIn {

    /** The built-in admin's password in the test profile (stemmen.admin.password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private SignedIn() {
    }

    public static RequestSpecification asAdmin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }
}

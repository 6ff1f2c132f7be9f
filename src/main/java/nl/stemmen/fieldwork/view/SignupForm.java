package nl.stemmen.fieldwork.view;

import java.util.List;
import java.util.Map;

import nl.stemmen.language.UiTexts;

/**
 * The sign-up form below a thank-you page, as its template shows it: which offers are on, what was typed, and
 * each problem (a UI text, already in the respondent's language) beside its field.
 *
 * @param ticket    the one-time ticket the form carries (plain; only its hash is stored)
 * @param raffleConsentText the consent text beside the raffle's checkbox: the study's own, else the default
 * @param shares    the study's dimensions the respondent may choose to share, with the question text to name them
 * @param problems  by field ({@code raffle_contact}, {@code raffle_consent}, {@code interview_contact},
 *                  {@code interview_consent}, {@code form}); empty when shown first
 */
public record SignupForm(UiTexts.Texts t, String ticket, boolean raffle, boolean interviews, String raffleConsentText,
        String interviewConsentText, String raffleContact,
        boolean raffleConsent, String interviewContact, boolean interviewConsent, List<Share> shares,
        Map<String, String> problems) {

    /** A dimension to share: its name (the checkbox's value), the text naming it, and whether it is ticked. */
    public record Share(String name, String label, boolean checked) {
    }

    /** The problem beside a field, or null. */
    public String problem(String field) {
        return problems.get(field);
    }

    /** Whether the form comes back refused, with an error summary. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The language code, which the form sends back so the answer page speaks it. */
    public String lang() {
        return t.language().code();
    }
}

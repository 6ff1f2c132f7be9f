package nl.stemmen.respond;

import java.util.List;
import java.util.Map;

import nl.stemmen.questionnaire.flow.PageSubmission;

/** Where a submitted page leads. */
public sealed interface SubmitOutcome {

    /** Show this page (after saving); {@code questionsAdded} when the answers just given added questions to it. */
    record ShowPage(String page, boolean questionsAdded) implements SubmitOutcome {
    }

    /** Saved; the respondent wants the link to come back to this page later. */
    record ContinueLater() implements SubmitOutcome {
    }

    /** Send was pressed but an answer that applies is missing or broken: show this page, the first with a problem. */
    record Incomplete(String page) implements SubmitOutcome {
    }

    /** The response is complete. */
    record Completed() implements SubmitOutcome {
    }

    /** Not saved: the page comes back with the typed input and the problems. */
    record Invalid(OpenResponse response, String page, Map<String, List<String>> typed, PageSubmission.Result result)
            implements SubmitOutcome {
    }

    /** No response has this link. */
    record UnknownLink() implements SubmitOutcome {
    }
}

package nl.stemmen.monitor.analysis;

/**
 * Which responses analysis counts: the study's, without test (preview) responses and without those
 * a lead excluded (a duplicate, a speeder), complete or not, so that figures move during fieldwork.
 */
final class CountedResponses {

    /** A SQL condition on {@code response r}, the study's id as parameter 1. */
    static final String WHERE = "r.study_id = ?1 and r.test = false and r.excluded_at is null";

    private CountedResponses() {
    }
}

package nl.stemmen.monitor.quality;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.respond.Response;
import nl.stemmen.study.Studies;

/**
 * A research lead (or an admin) excludes a response of their study from analysis, or takes that back.
 * The response stays in the data, marked (response.excluded_at, excluded_by); exports may leave it out.
 * Both are logged with who, which response and why: admin actions on personal data are logged.
 */
@ApplicationScoped
public class Exclusions {

    private static final Logger LOG = Logger.getLogger(Exclusions.class);
    /** The longest reason taken: a sentence for the log, not a note-taking field. */
    static final int REASON_LENGTH = 300;

    private final Studies studies;

    public Exclusions(Studies studies) {
        this.studies = studies;
    }

    /** What excluding asked for led to. */
    public sealed interface Outcome {
        /** The response is excluded now. */
        record Excluded(QualityReport.Exclusion exclusion) implements Outcome {
        }

        /** The reason cannot be taken (missing, too long, a control character); nothing changed. */
        record Refused(String reason) implements Outcome {
        }
    }

    /**
     * Excludes a response of the study, as {@code staff}, for {@code reason}; excluding it again records
     * the new time and staff member.
     *
     * @return empty when the caller may not see the study or the response is not one of its non-test responses
     */
    @Transactional
    public Optional<Outcome> exclude(Staff staff, String studyId, long responseId, String reason) {
        Optional<Response> found = responseOf(staff, studyId, responseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> problem = reasonProblem(reason);
        if (problem.isPresent()) {
            return Optional.of(new Outcome.Refused(problem.get()));
        }
        Response response = found.get();
        response.excludedAt = OffsetDateTime.now();
        response.excludedBy = staff.username();
        LOG.infof("Response %d of study %s excluded by %s: %s", responseId, studyId, staff.username(), reason.strip());
        return Optional.of(new Outcome.Excluded(new QualityReport.Exclusion(responseId, response.excludedAt, response.excludedBy)));
    }

    /**
     * Takes an exclusion back: the response counts again.
     *
     * @return whether it was excluded; empty when the caller may not see the study or the response is not of it
     */
    @Transactional
    public Optional<Boolean> include(Staff staff, String studyId, long responseId) {
        return responseOf(staff, studyId, responseId).map(response -> {
            if (response.excludedAt == null) {
                return false;
            }
            LOG.infof("Response %d of study %s included again by %s (excluded by %s at %s)", responseId, studyId,
                    staff.username(), response.excludedBy, response.excludedAt);
            response.excludedAt = null;
            response.excludedBy = null;
            return true;
        });
    }

    private Optional<Response> responseOf(Staff staff, String studyId, long responseId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Response.<Response>findById(responseId))
                .filter(r -> studyId.equals(r.studyId) && !r.test);
    }

    /** Why a reason cannot be logged as given; empty when it can. */
    static Optional<String> reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("say why the response is excluded (it goes into the log)");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            return Optional.of("at most " + REASON_LENGTH + " characters");
        }
        if (reason.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("holds a control character (such as a line break): one line, please");
        }
        return Optional.empty();
    }
}

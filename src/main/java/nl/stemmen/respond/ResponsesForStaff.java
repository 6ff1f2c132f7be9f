package nl.stemmen.respond;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.study.Studies;

/**
 * Which staff member may read a response's answers: an admin any, a research lead those of their
 * own studies; a preview belongs to no study, so only admins. Fieldworkers never (their resources
 * do not take the role). A response the caller may not read is reported as not existing.
 */
@ApplicationScoped
public class ResponsesForStaff {

    private final Studies studies;

    public ResponsesForStaff(Studies studies) {
        this.studies = studies;
    }

    /** A response with its stored rows, in the order they were written. */
    public record Read(Response response, List<StoredAnswer> answers) {
    }

    @Transactional
    public Optional<Read> byId(Staff staff, long id) {
        return readable(staff, Optional.ofNullable(Response.findById(id)));
    }

    /** By the link a respondent holds (helpdesk). */
    @Transactional
    public Optional<Read> byLink(Staff staff, String token) {
        return readable(staff, Response.byAccessHash(LinkToken.hash(token)));
    }

    private Optional<Read> readable(Staff staff, Optional<Response> found) {
        return found.filter(r -> staff.isAdmin() || r.studyId != null && studies.find(staff, r.studyId).isPresent())
                .map(r -> new Read(r, StoredAnswer.ofResponse(r.id)));
    }
}

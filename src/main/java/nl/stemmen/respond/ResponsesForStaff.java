package nl.stemmen.respond;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;

/**
 * Which staff member may read one response's answers: admins only (the helpdesk). A research lead
 * holds the mailing file (ref → link) and the frame (ref → name), so one respondent's answers by
 * link or id would put a name beside answers; leads read answers through pseudonymous exports.
 * A response the caller may not read is reported as not existing.
 */
@ApplicationScoped
public class ResponsesForStaff {

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
        return found.filter(r -> staff.isAdmin()).map(r -> new Read(r, StoredAnswer.ofResponse(r.id)));
    }
}

package nl.stemmen.monitor.quality.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.monitor.quality.DataQuality;
import nl.stemmen.monitor.quality.Exclusions;
import nl.stemmen.monitor.quality.QualityConfig;
import nl.stemmen.monitor.quality.QualityReport;
import nl.stemmen.study.Studies;

/**
 * The staff page {@code /studies/<id>/quality}: runs the checks, lists every flagged or excluded response
 * with why, and has an Exclude (with a reason) or Include-again button per response (Post/Redirect/Get).
 * Admins and the study's lead; fieldworkers 403; another lead's study 404.
 */
@Path("/studies/{id}/quality")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class QualityPageResource {

    /** Times on the page are the municipality's. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Responses listed per page: a phone shows a few hundred rows well, not thousands. */
    static final int ROWS_PER_PAGE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(Studies.Saved study, QualityReport report, List<Row> rows, Long next,
                String checkedAt, QualityConfig config, Done done, Refusal refused);
    }

    /**
     * A flagged or excluded response on the page.
     *
     * @param excluded "who, when" of its exclusion; null when it counts
     * @param reason the reason the Exclude field offers: the flags' names
     */
    public record Row(long response, List<QualityReport.FlagRow> flags, String excluded, String reason) {
    }

    /** A reason sent to exclude {@code response} that could not be taken, and why. */
    public record Refusal(long response, String problem) {
    }

    /** What the last action did, from the redirect's query: the response excluded or included again. Null: nothing. */
    public record Done(Long excluded, Long included) {
    }

    private final DataQuality quality;
    private final Exclusions exclusions;
    private final Studies studies;
    private final QualityConfig config;
    private final SignedInStaff signedIn;

    public QualityPageResource(DataQuality quality, Exclusions exclusions, Studies studies, QualityConfig config,
            SignedInStaff signedIn) {
        this.quality = quality;
        this.exclusions = exclusions;
        this.studies = studies;
        this.config = config;
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id, @RestQuery Long after, @RestQuery Long excluded,
            @RestQuery Long included) {
        return page(id, after == null ? 0 : after, new Done(excluded, included), null);
    }

    /** Excludes the response, back to the page (303); a reason that cannot be taken brings the page back (422). */
    @POST
    @Path("{response}/exclude")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exclude(@PathParam("id") String id, @PathParam("response") long response, @RestForm String reason) {
        Exclusions.Outcome outcome = exclusions.exclude(signedIn.staff(), id, response, reason).orElseThrow(NotFoundException::new);
        if (outcome instanceof Exclusions.Outcome.Refused refused) {
            return Response.status(422).entity(page(id, response - 1, new Done(null, null), new Refusal(response, refused.reason()))).build();
        }
        return Response.seeOther(URI.create("/studies/" + id + "/quality?excluded=" + response + "#response-" + response)).build();
    }

    @POST
    @Path("{response}/include")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response include(@PathParam("id") String id, @PathParam("response") long response) {
        exclusions.include(signedIn.staff(), id, response).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/studies/" + id + "/quality?included=" + response + "#response-" + response)).build();
    }

    /** The page listing flagged or excluded responses with an id above {@code after}, {@link #ROWS_PER_PAGE} at most. */
    private TemplateInstance page(String id, long after, Done done, Refusal refused) {
        Staff staff = signedIn.staff();
        Studies.Saved study = studies.find(staff, id).orElseThrow(NotFoundException::new);
        QualityReport report = quality.check(staff, id).orElseThrow(NotFoundException::new);
        List<QualityReport.Listed> listed = report.listed().stream().filter(l -> l.response() > after).toList();
        List<Row> rows = listed.stream().limit(ROWS_PER_PAGE).map(l -> new Row(l.response(), l.flags(),
                l.exclusion() == null ? null : l.exclusion().excludedBy() + ", " + shown(l.exclusion().excludedAt()),
                String.join(", ", l.flags().stream().map(QualityReport.FlagRow::flag).toList()))).toList();
        Long next = listed.size() > ROWS_PER_PAGE ? rows.get(rows.size() - 1).response() : null;
        return Templates.quality(study, report, rows, next, shown(report.checkedAt()), config, done, refused);
    }

    private static String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).format(SHOWN);
    }

}

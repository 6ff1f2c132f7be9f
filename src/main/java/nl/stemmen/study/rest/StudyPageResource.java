package nl.stemmen.study.rest;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.invite.Invitations;
import nl.stemmen.invite.rest.MailingFileCsv;
import nl.stemmen.language.Language;
import nl.stemmen.study.SampleFrameImport;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;

/**
 * A research lead's pages (staff only, Dutch with English hints): {@code /studies} lists the studies
 * the signed-in member may see, {@code /studies/new} and {@code /studies/<id>/edit} are the study
 * form (Post/Redirect/Get; a refused form comes back, 422, with everything typed), and
 * {@code /studies/<id>} shows a study with its frame, invitations and preview links. A study another
 * lead owns is 404, as one that does not exist; fieldworkers have no study pages (403).
 */
@Path("/studies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class StudyPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Studies.Saved> studies, boolean admin, boolean mayCreate);

        static native TemplateInstance form(StudyForm form, String studyId, List<PublishedQuestionnaire> questionnaires,
                List<Language> languages);

        static native TemplateInstance study(Studies.Saved study, String questionnaireTitle, List<Language> languages,
                SampleFrameImport.Summary frame, int invitations, Done done);
    }

    /**
     * What the last action did, from the redirect's query, shown at the top of the study page: invitations
     * created, or a frame imported (people added, updated, unchanged, no longer in the file). Null: not done.
     */
    public record Done(Integer invited, Integer added, Integer updated, Integer unchanged, Integer missing) {

        public boolean imported() {
            return added != null;
        }
    }

    private final Studies studies;
    private final SampleFrameImport frames;
    private final Invitations invitations;
    private final QuestionnaireCatalog catalog;
    private final SignedInStaff signedIn;

    public StudyPageResource(Studies studies, SampleFrameImport frames, Invitations invitations, QuestionnaireCatalog catalog,
            SignedInStaff signedIn) {
        this.studies = studies;
        this.frames = frames;
        this.invitations = invitations;
        this.catalog = catalog;
        this.signedIn = signedIn;
    }

    /** Fieldworkers see the page too, empty: their studies come with flyers. */
    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
    public TemplateInstance list() {
        Staff staff = signedIn.staff();
        return Templates.list(studies.visibleTo(staff), staff.isAdmin(), staff.role() != Role.FIELDWORKER);
    }

    @GET
    @Path("new")
    public TemplateInstance newStudy() {
        List<PublishedQuestionnaire> all = catalog.all();
        StudyForm form = all.isEmpty() ? StudyForm.blank(null, List.of())
                : StudyForm.blank(all.get(0).id(), all.get(0).liveLanguages().stream().map(Language::code).toList());
        return form(form, null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam StudyForm form) {
        Studies.Outcome outcome = studies.create(signedIn.staff(), form.definition());
        return saved(form, null, outcome);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id) {
        return form(StudyForm.of(study(id).definition()), id);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, @BeanParam StudyForm form) {
        Studies.Outcome outcome = studies.update(signedIn.staff(), id, form.definition()).orElseThrow(NotFoundException::new);
        return saved(form, id, outcome);
    }

    /** To the study when saved (303); else the form again with every problem beside its field (422). */
    private Response saved(StudyForm form, String id, Studies.Outcome outcome) {
        if (outcome.study().isPresent()) {
            return Response.seeOther(URI.create("/studies/" + outcome.study().get().id())).build();
        }
        form.explain(outcome.problems());
        return Response.status(422).entity(form(form, id)).build();
    }

    private TemplateInstance form(StudyForm form, String id) {
        // the languages live in any questionnaire, in Stemmen's order; the service checks them against the chosen one
        Set<Language> live = new LinkedHashSet<>();
        catalog.all().forEach(q -> live.addAll(q.liveLanguages()));
        return Templates.form(form, id, catalog.all(), Language.all().stream().filter(live::contains).toList());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @RestQuery Integer invited, @RestQuery Integer added,
            @RestQuery Integer updated, @RestQuery Integer unchanged, @RestQuery Integer missing) {
        Staff staff = signedIn.staff();
        Studies.Saved study = study(id);
        StudyDefinition d = study.definition();
        PublishedQuestionnaire questionnaire = catalog.version(d.questionnaire(), d.version());
        List<Language> languages = d.languages().stream().map(Language::byCode).flatMap(Optional::stream).toList();
        return Templates.study(study, questionnaire.questionnaire().title(), languages,
                frames.summary(staff, id).orElseThrow(NotFoundException::new),
                invitations.count(staff, id).orElseThrow(NotFoundException::new),
                new Done(invited, added, updated, unchanged, missing));
    }

    /** Creates an invitation for everyone in the frame who has none; back to the study, saying how many. */
    @POST
    @Path("{id}/invitations")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response invite(@PathParam("id") String id) {
        int created = invitations.createForFrame(signedIn.staff(), id).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/studies/" + id + "?invited=" + created)).build();
    }

    /** The mailing file, as {@code /api/studies/<id>/invitations.csv} gives it, for a browser signed in on the pages. */
    @GET
    @Path("{id}/invitations.csv")
    @Produces("text/csv")
    public Response mailingFile(@PathParam("id") String id, @Context UriInfo uri) {
        Staff staff = signedIn.staff();
        return MailingFileCsv.download(staff, id, invitations.mailingFile(staff, id, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new));
    }

    private Studies.Saved study(String id) {
        return studies.find(signedIn.staff(), id).orElseThrow(NotFoundException::new);
    }

}

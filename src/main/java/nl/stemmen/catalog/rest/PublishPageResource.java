package nl.stemmen.catalog.rest;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.Publishing;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.load.LoadProblem;

/**
 * Publishing a questionnaire from the staff pages: {@code /questionnaires/publish} takes the YAML and
 * any PO files (multipart) and, once published, shows the version with a preview link per language
 * (303 to {@code ?id=&version=}). A refused upload comes back with every problem by file and line
 * (422) or the one reason it was not done (403, 409); nothing is stored then.
 */
@Path("/questionnaires/publish")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class PublishPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance publish(PublishedQuestionnaire published, List<LoadProblem> problems, String refusal);
    }

    private final Publishing publishing;
    private final QuestionnaireCatalog catalog;
    private final SignedInStaff signedIn;

    public PublishPageResource(Publishing publishing, QuestionnaireCatalog catalog, SignedInStaff signedIn) {
        this.publishing = publishing;
        this.catalog = catalog;
        this.signedIn = signedIn;
    }

    /** The upload form; with {@code id} and {@code version} (after publishing) also that version's preview links. */
    @GET
    public TemplateInstance form(@QueryParam("id") String id, @QueryParam("version") Integer version) {
        PublishedQuestionnaire published = id == null || version == null ? null : catalog.find(id, version).orElse(null);
        return Templates.publish(published, List.of(), null);
    }

    /** Publishes the chosen files: 303 to the published version, or the form with what was refused. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response publish(@RestForm("files") List<FileUpload> files) throws IOException {
        Publishing.Outcome outcome = publishing.publish(signedIn.staff(), UploadedFiles.of(files));
        if (outcome instanceof Publishing.Published p) {
            return Response.seeOther(URI.create("/questionnaires/publish?id=" + p.id() + "&version=" + p.version())).build();
        }
        TemplateInstance page = outcome instanceof Publishing.Refused r ? Templates.publish(null, r.problems(), null)
                : outcome instanceof Publishing.RefusedWorkbook w ? Templates.publish(null, w.problems().stream()
                        .map(p -> new LoadProblem(p.sheet() == null ? "workbook" : p.sheet() + (p.column() == null ? ""
                                : ", column " + p.column()), p.row(), p.reason())).toList(), null)
                : Templates.publish(null, List.of(), ((Publishing.NotDone) outcome).reason());
        return Response.status(outcome.status()).entity(page).build();
    }

}

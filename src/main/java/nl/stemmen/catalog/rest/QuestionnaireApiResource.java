package nl.stemmen.catalog.rest;

import java.io.IOException;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.UnreadableJsonMapper;
import nl.stemmen.catalog.Publishing;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.translation.TranslationReport;
import nl.stemmen.xlsform.SheetProblem;

/**
 * What is loaded, as JSON: per questionnaire its languages with missing and stale texts (for
 * translators and their tools), and every refused file with line and reason. Admins and research
 * leads publish new versions and translations here (docs/api.md, "Publishing questionnaires").
 */
@Path("/api/questionnaires")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireApiResource {

    private static final String YAML = "application/yaml";
    private static final String TEXT_YAML = "text/yaml";

    private final QuestionnaireCatalog catalog;
    private final Publishing publishing;
    private final SignedInStaff signedIn;

    public QuestionnaireApiResource(QuestionnaireCatalog catalog, Publishing publishing, SignedInStaff signedIn) {
        this.catalog = catalog;
        this.publishing = publishing;
        this.signedIn = signedIn;
    }

    /** What a publication answers: the questionnaire id and version. */
    /** A refused workbook's problems: {@code [{"sheet", "row", "column", "reason"}]}. */
    public record SheetProblemsJson(List<SheetProblem> problems) {
    }

    public record PublishedJson(String id, int version) {
    }

    /** Problems with the files, by file and line (0: the whole file). */
    public record ProblemsJson(List<LoadProblem> problems) {
    }

    public record LanguageJson(String language, boolean live, int texts, int translated, List<String> missing,
            List<String> stale, List<String> unused) {
        static LanguageJson of(TranslationReport r) {
            return new LanguageJson(r.language(), r.complete(), r.texts(), r.translated(), r.missing(), r.stale(), r.unused());
        }
    }

    public record QuestionnaireJson(String id, int version, String title, String language, List<LanguageJson> translations) {
    }

    public record CatalogJson(List<QuestionnaireJson> questionnaires, List<LoadProblem> refused) {
    }

    @GET
    public CatalogJson catalog() {
        List<QuestionnaireJson> questionnaires = catalog.all().stream().map(p -> new QuestionnaireJson(p.id(),
                p.questionnaire().version(), p.questionnaire().title(), p.questionnaire().language(),
                p.reports().values().stream().map(LanguageJson::of).toList())).toList();
        return new CatalogJson(questionnaires, catalog.problems());
    }

    /** Publishes a questionnaire version from its YAML: 201 (200 when it was published already), 403, 409 or 422. */
    @POST
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
    @Consumes({ YAML, TEXT_YAML })
    public Response publishYaml(byte[] body) {
        return answer(publishing.publish(signedIn.staff(), List.of(new Publishing.Upload("questionnaire.yaml", YAML, body))));
    }

    /** Publishes from files: the questionnaire (.yaml) and translations named {@code <lang>.po}. */
    @POST
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response publishFiles(@RestForm(FileUpload.ALL) List<FileUpload> files) throws IOException {
        return answer(publishing.publish(signedIn.staff(), UploadedFiles.of(files)));
    }

    /** An XLSForm as the body: see {@link Publishing#publish(Staff, List)}. */
    @POST
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
    @Consumes(Publishing.XLSX)
    public Response publishXlsForm(byte[] body) {
        return answer(publishing.publish(signedIn.staff(), List.of(new Publishing.Upload("questionnaire.xlsx", Publishing.XLSX, body))));
    }

    /** Stores a version's translation (the PO text as body) while no study uses the version: 200, 403, 404, 409 or 422. */
    @PUT
    @Path("{id}/versions/{version}/translations/{lang}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
    @Consumes(MediaType.WILDCARD)
    public Response putTranslation(@PathParam("id") String id, @PathParam("version") int version,
            @PathParam("lang") String lang, byte[] body) {
        Publishing.Outcome outcome = publishing.putTranslation(signedIn.staff(), id, version, lang, body);
        // a PUT stores or replaces: 200 either way
        return outcome instanceof Publishing.Published p ? Response.ok(new PublishedJson(p.id(), p.version())).build()
                : answer(outcome);
    }

    private static Response answer(Publishing.Outcome outcome) {
        Object body;
        if (outcome instanceof Publishing.Published p) {
            body = new PublishedJson(p.id(), p.version());
        } else if (outcome instanceof Publishing.Refused r) {
            body = new ProblemsJson(r.problems());
        } else if (outcome instanceof Publishing.RefusedWorkbook w) {
            body = new SheetProblemsJson(w.problems());
        } else {
            Publishing.NotDone n = (Publishing.NotDone) outcome;
            body = new UnreadableJsonMapper.ProblemsJson(List.of(new UnreadableJsonMapper.Problem(n.field(), n.reason())));
        }
        return Response.status(outcome.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

}

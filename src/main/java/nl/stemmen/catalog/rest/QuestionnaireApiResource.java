package nl.stemmen.catalog.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.translation.TranslationReport;

/**
 * What is loaded, as JSON: per questionnaire its languages with missing and stale texts (for
 * translators and their tools), and every refused file with line and reason.
 */
@Path("/api/questionnaires")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireApiResource {

    private final QuestionnaireCatalog catalog;

    public QuestionnaireApiResource(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
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
}

package nl.stemmen.xlsform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.xlsform.XlsformExport;

/** A served questionnaire as an XLSForm workbook (docs/xlsform.md), to edit in a spreadsheet. Admins and leads. */
@Path("/api/questionnaires/{id}/form.xlsx")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class FormXlsxResource {

    private final QuestionnaireCatalog catalog;
    private final XlsformExport exporter = new XlsformExport();

    /** Serves the questionnaires of {@code catalog}. */
    public FormXlsxResource(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The current version of questionnaire {@code id} with its current translations (a stale or fuzzy one leaves its
     * cell empty), as an .xlsx attachment named {@code <id>.xlsx}; 404 for a questionnaire Stemmen does not serve.
     */
    @GET
    @Produces(XlsformApiResource.XLSX)
    public Response form(@PathParam("id") String id) {
        PublishedQuestionnaire published = catalog.current(id).orElseThrow(NotFoundException::new);
        return Response.ok(exporter.export(published.questionnaire(), published.translations()))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"").build();
    }
}

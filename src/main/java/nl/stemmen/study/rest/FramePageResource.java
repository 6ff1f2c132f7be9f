package nl.stemmen.study.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.study.PendingFrames;
import nl.stemmen.study.SampleFrameImport;
import nl.stemmen.study.Studies;
import nl.stemmen.study.frame.FrameProblem;
import nl.stemmen.study.frame.FrameRefusedException;

/**
 * Importing a sample frame from the staff pages: {@code /studies/<id>/frame} takes the file (multipart),
 * keeps it ({@link PendingFrames}) and shows at {@code /studies/<id>/frame/<upload>} what an import would
 * do, with an "import now" button that imports the kept file. A refused file comes back at once (422)
 * with every problem by line and column; nothing is kept or stored.
 */
@jakarta.ws.rs.Path("/studies/{id}/frame")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class FramePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Studies.Saved study, boolean expired, List<FrameProblem> problems, int omitted);

        static native TemplateInstance preview(Studies.Saved study, String upload, SampleFrameImport.Result result);
    }

    private final Studies studies;
    private final SampleFrameImport frames;
    private final PendingFrames pending;
    private final SignedInStaff signedIn;

    public FramePageResource(Studies studies, SampleFrameImport frames, PendingFrames pending, SignedInStaff signedIn) {
        this.studies = studies;
        this.frames = frames;
        this.pending = pending;
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance uploadForm(@PathParam("id") String id) {
        return Templates.upload(study(id), false, List.of(), 0);
    }

    /** Keeps the file and shows what importing it would do (303), or every problem when it is refused (422). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file) throws IOException {
        Studies.Saved study = study(id);
        if (file == null || file.uploadedFile() == null) {
            return Response.status(422).entity(Templates.upload(study, false,
                    List.of(new FrameProblem(0, null, "choose a file (CSV)")), 0)).build();
        }
        String upload;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            upload = pending.keep(signedIn.staff(), id, in);
        }
        try (InputStream in = Files.newInputStream(pending.file(signedIn.staff(), id, upload).orElseThrow())) {
            frames.importFrame(signedIn.staff(), id, in, true).orElseThrow(NotFoundException::new);
        } catch (FrameRefusedException e) {
            pending.forget(upload);
            return Response.status(422).entity(Templates.upload(study, false, e.problems(), e.omitted())).build();
        }
        return Response.seeOther(URI.create("/studies/" + id + "/frame/" + upload)).build();
    }

    @GET
    @jakarta.ws.rs.Path("{upload}")
    public Response preview(@PathParam("id") String id, @PathParam("upload") String upload) throws IOException {
        Studies.Saved study = study(id);
        Optional<Path> file = pending.file(signedIn.staff(), id, upload);
        if (file.isEmpty()) {
            return expired(study);
        }
        try (InputStream in = Files.newInputStream(file.get())) {
            SampleFrameImport.Result result = frames.importFrame(signedIn.staff(), id, in, true).orElseThrow(NotFoundException::new);
            return Response.ok(Templates.preview(study, upload, result)).build();
        } catch (FrameRefusedException e) {
            return Response.status(422).entity(Templates.upload(study, false, e.problems(), e.omitted())).build();
        }
    }

    /** Imports the kept file; back to the study page, which says what was done. */
    @POST
    @jakarta.ws.rs.Path("{upload}")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response importNow(@PathParam("id") String id, @PathParam("upload") String upload) throws IOException {
        Studies.Saved study = study(id);
        Optional<Path> file = pending.file(signedIn.staff(), id, upload);
        if (file.isEmpty()) {
            return expired(study);
        }
        SampleFrameImport.Result result;
        try (InputStream in = Files.newInputStream(file.get())) {
            result = frames.importFrame(signedIn.staff(), id, in, false).orElseThrow(NotFoundException::new);
        } catch (FrameRefusedException e) {
            return Response.status(422).entity(Templates.upload(study, false, e.problems(), e.omitted())).build();
        } finally {
            pending.forget(upload);
        }
        return Response.seeOther(URI.create("/studies/" + id + "?added=" + result.added() + "&updated=" + result.updated()
                + "&unchanged=" + result.unchanged() + "&missing=" + result.missing().size())).build();
    }

    /** The kept file is gone (imported, or kept too long): the upload form says so (410). */
    private Response expired(Studies.Saved study) {
        return Response.status(410).entity(Templates.upload(study, true, List.of(), 0)).build();
    }

    private Studies.Saved study(String id) {
        return studies.find(signedIn.staff(), id).orElseThrow(NotFoundException::new);
    }

}

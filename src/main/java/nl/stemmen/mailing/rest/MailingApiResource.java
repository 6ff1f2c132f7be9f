package nl.stemmen.mailing.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.jboss.resteasy.reactive.RestQuery;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.Refusal;
import nl.stemmen.api.UnreadableJsonMapper;
import nl.stemmen.invite.rest.BatchFiles;
import nl.stemmen.invite.rest.MailingFileCsv;
import nl.stemmen.study.frame.ContactColumn;
import nl.stemmen.mailing.LetterTemplates;
import nl.stemmen.mailing.MailingRequest;
import nl.stemmen.mailing.Mailings;
import nl.stemmen.mailing.email.EmailSending;
import nl.stemmen.mailing.letter.Letter;
import nl.stemmen.mailing.letter.LetterPdf;

/**
 * Mailings and reminder waves through the API (design §6, issue 15): make one, list them, and take a
 * mailing's recipients as a mailing file or, for an SMS mailing, as messages for a bulk SMS sender.
 */
@Path("/api/studies/{id}/mailings")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class MailingApiResource {

    /** More letters than this go as a ZIP: one PDF is built whole in memory. */
    static final int LETTERS_IN_ONE_PDF = 1000;

    private final Mailings mailings;
    private final EmailSending sending;
    private final LetterTemplates templates;
    private final SignedInStaff signedIn;

    public MailingApiResource(Mailings mailings, EmailSending sending, LetterTemplates templates, SignedInStaff signedIn) {
        this.mailings = mailings;
        this.sending = sending;
        this.templates = templates;
        this.signedIn = signedIn;
    }

    /** The answer to a new mailing: its id, its recipients, and those skipped for want of the contact detail. */
    public record Created(long id, int count, int skipped) {
    }

    /** 201 {"id", "count", "skipped"}, or 400 {"problems"} naming channel, reminder or cells.&lt;dimension&gt;. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String study, MailingRequest request) {
        Mailings.Outcome outcome = mailings.create(signedIn.staff(), study, request).orElseThrow(NotFoundException::new);
        if (!outcome.problems().isEmpty()) {
            return Refusal.badRequest(outcome.problems());
        }
        Mailings.Summary made = outcome.made().orElseThrow();
        return Response.status(201).entity(new Created(made.id(), made.count(), made.skipped())).build();
    }

    /** The study's mailings, oldest first: id, created_at, created_by, channel, reminder, cells, count, skipped. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Mailings.Summary> list(@PathParam("id") String study) {
        return mailings.list(signedIn.staff(), study).orElseThrow(NotFoundException::new);
    }

    /**
     * Starts sending an e-mail mailing: 202 with its progress (sending goes on in the background, throttled, and
     * resumes after a restart); 409 {"problems"} for another channel's mailing or a study without contact e-mail.
     */
    @POST
    @Path("{m}/sending")
    @Produces(MediaType.APPLICATION_JSON)
    public Response startSending(@PathParam("id") String study, @PathParam("m") long mailing, @Context UriInfo uri) {
        EmailSending.Started started = sending.start(signedIn.staff(), study, mailing, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        if (started.problem().isPresent()) {
            return Refusal.conflict(started.problem().get());
        }
        return Response.accepted(started.progress().orElseThrow()).build();
    }

    /** How far sending is: recipients, sent, failed, waiting, done. */
    @GET
    @Path("{m}/sending")
    @Produces(MediaType.APPLICATION_JSON)
    public EmailSending.Progress sendingProgress(@PathParam("id") String study, @PathParam("m") long mailing) {
        return sending.progress(signedIn.staff(), study, mailing).orElseThrow(NotFoundException::new);
    }

    /** The mailing file {@code ref,link,code,language,status} of the mailing's recipients, in frame order. */
    @GET
    @Path("{m}/recipients.csv")
    @Produces("text/csv")
    public Response recipients(@PathParam("id") String study, @PathParam("m") long mailing, @Context UriInfo uri) {
        Staff staff = signedIn.staff();
        return MailingFileCsv.download(staff, study, mailings.recipients(staff, study, mailing, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new), "mailing-" + study + "-" + mailing);
    }

    /**
     * {@code link,code} (and {@code ref} for a bound batch) of a mailing organisation's list, for it to merge into its
     * letters; 409 {"problems"} for a mailing of another channel.
     */
    @GET
    @Path("{m}/organisation.csv")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response organisation(@PathParam("id") String study, @PathParam("m") long mailing, @Context UriInfo uri) {
        Mailings.OrganisationList list = mailings.organisationList(signedIn.staff(), study, mailing, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        if (list.problem().isPresent()) {
            return Refusal.conflict(list.problem().get());
        }
        return BatchFiles.csv(Response.ok(), list.codes(), "organisation-" + study + "-" + mailing).build();
    }

    /** {@code phone,language,message,parts} of an SMS mailing; 409 {"problems"} for a letter or e-mail mailing. */
    @GET
    @Path("{m}/sms.csv")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response sms(@PathParam("id") String study, @PathParam("m") long mailing, @Context UriInfo uri) {
        Mailings.SmsFile file = mailings.sms(signedIn.staff(), study, mailing, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        if (file.problem().isPresent()) {
            return Refusal.conflict(file.problem().get());
        }
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("phone", "language", "message", "parts").setRecordSeparator("\n").get())) {
                for (Mailings.SmsLine line : file.lines()) {
                    printer.printRecord(line.phone(), line.language(), line.message(), line.parts());
                }
            }
        };
        return Response.ok(csv, "text/csv").header("Content-Disposition", "attachment; filename=\"sms-" + study + "-" + mailing
                + ".csv\"").header("Cache-Control", "no-store").build();
    }

    /**
     * The letters of a letter mailing as one PDF, in postcode order ({@code letters.pdf}, at most
     * {@value #LETTERS_IN_ONE_PDF} letters), or as a ZIP of PDFs of 500 ({@code letters.zip}, any number).
     * The study's contact e-mail is printed in every letter ({@code ?contact=} prints another; 400 when there is
     * neither); 409 for a mailing of another channel, or too many letters for one PDF. The texts are the study's
     * ({@link LetterTemplates}).
     */
    @GET
    @Path("{m}/letters.pdf")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    public Response lettersPdf(@PathParam("id") String study, @PathParam("m") long mailing, @RestQuery String contact,
            @Context UriInfo uri) {
        return letters(study, mailing, contact, uri, false);
    }

    @GET
    @Path("{m}/letters.zip")
    @Produces({ "application/zip", MediaType.APPLICATION_JSON })
    public Response lettersZip(@PathParam("id") String study, @PathParam("m") long mailing, @RestQuery String contact,
            @Context UriInfo uri) {
        return letters(study, mailing, contact, uri, true);
    }

    private Response letters(String study, long mailing, String contact, UriInfo uri, boolean zip) {
        Staff staff = signedIn.staff();
        Mailings.LetterFile file = mailings.letters(staff, study, mailing, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        if (file.problem().isPresent()) {
            return Refusal.conflict(file.problem().get());
        }
        String printed = contact == null || contact.isBlank() ? file.contactEmail() : contact.strip();
        if (printed == null || ContactColumn.EMAIL.problemWith(printed) != null) {
            return Refusal.badRequest("contact", "the contact e-mail address to print in the letters: give the study one "
                    + "(\"contact_email\"), or add ?contact=onderzoek@gemeente.nl");
        }
        if (!zip && file.letters().size() > LETTERS_IN_ONE_PDF) {
            return Refusal.conflict(new UnreadableJsonMapper.Problem("letters",
                    file.letters().size() + " letters: more than " + LETTERS_IN_ONE_PDF + " go as letters.zip"));
        }
        LetterPdf pdf = new LetterPdf(file.sender(), printed, file.languages(), templates.of(study));
        List<Letter> letters = file.letters();
        StreamingOutput body = out -> {
            if (zip) {
                pdf.renderZip(out, letters.iterator(), LetterPdf.DEFAULT_PER_FILE);
            } else {
                pdf.render(out, letters);
            }
        };
        String name = "letters-" + study + "-" + mailing + (zip ? ".zip" : ".pdf");
        return Response.ok(body, zip ? "application/zip" : "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").header("Cache-Control", "no-store").build();
    }

}

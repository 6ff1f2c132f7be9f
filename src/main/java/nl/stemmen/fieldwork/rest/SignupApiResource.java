package nl.stemmen.fieldwork.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.Refusal;
import nl.stemmen.api.SpreadsheetCells;
import nl.stemmen.api.UnreadableJsonMapper;
import nl.stemmen.fieldwork.Draws;
import nl.stemmen.fieldwork.SignupKind;
import nl.stemmen.fieldwork.Signups;

/**
 * Raffle and interview sign-ups through the API, for the study's lead or an admin (another lead's study: 404;
 * a fieldworker: 403): {@code GET .../{raffle|interviews}/entries.csv}, {@code DELETE .../{kind}/entries},
 * {@code POST .../raffle/draws {"winners": n}}, {@code POST .../interviews/draws {"per_cell": n}}, and
 * {@code GET .../signups/log}, and the study's own consent texts at {@code GET/PUT .../signups/consent}. Every export, draw and deletion is logged (who, when, how many).
 */
@Path("/api/studies/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class SignupApiResource {

    private final Signups signups;
    private final Draws draws;
    private final SignedInStaff signedIn;

    public SignupApiResource(Signups signups, Draws draws, SignedInStaff signedIn) {
        this.signups = signups;
        this.draws = draws;
        this.signedIn = signedIn;
    }

    /**
     * The entries as CSV, ordered by id: {@code id,contact,signed_up_on}, for interviews followed by one column per
     * study dimension with the category the person shared (empty where not shared).
     */
    @GET
    @Path("{kind}/entries.csv")
    @Produces("text/csv")
    public Response export(@PathParam("id") String id, @PathParam("kind") String kind) {
        SignupKind signupKind = kind(kind);
        return csv(id, signupKind, signups.export(signedIn.staff(), id, signupKind).orElseThrow(NotFoundException::new));
    }

    /**
     * The entries as a CSV download {@code <kind>-<study>.csv}, ordered as given: {@code id,contact,signed_up_on},
     * then one column per dimension anyone shared (interviews), empty where not shared; cells a spreadsheet would
     * run as formulas are made inert.
     */
    static Response csv(String studyId, SignupKind kind, List<Signups.ExportRow> rows) {
        List<String> dimensions = new ArrayList<>();
        rows.forEach(r -> r.shared().keySet().stream().filter(d -> !dimensions.contains(d)).forEach(dimensions::add));
        List<String> header = new ArrayList<>(List.of("id", "contact", "signed_up_on"));
        header.addAll(dimensions);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get())) {
                for (Signups.ExportRow row : rows) {
                    List<String> record = new ArrayList<>(List.of(String.valueOf(row.id()), SpreadsheetCells.inert(row.contact()),
                            row.signedUpOn().toString()));
                    dimensions.forEach(d -> record.add(SpreadsheetCells.inert(row.shared().getOrDefault(d, ""))));
                    printer.printRecord(record);
                }
            }
        };
        return Response.ok(csv, "text/csv").header("Content-Disposition",
                "attachment; filename=\"" + kind.apiName() + "-" + studyId + ".csv\"").header("Cache-Control", "no-store").build();
    }

    /** How many entries were deleted. */
    public record DeletedJson(int deleted) {
    }

    /** Deletes every entry of the kind (after the draw, after the interviews); logged. */
    @DELETE
    @Path("{kind}/entries")
    public DeletedJson delete(@PathParam("id") String id, @PathParam("kind") String kind) {
        return new DeletedJson(signups.delete(signedIn.staff(), id, kind(kind)).orElseThrow(NotFoundException::new));
    }

    /** {@code {"winners": n}}, n ≥ 1. */
    public record RaffleRequest(Integer winners) {
    }

    /** {@code {"per_cell": n}}, n ≥ 1. */
    public record InterviewRequest(@JsonProperty("per_cell") Integer perCell) {
    }

    /** A person drawn: entry id, contact, and for interviews the cell drawn from (shared categories). */
    public record PickJson(long id, String contact, Map<String, String> cell) {
    }

    /** A draw: its id, the seed and algorithm to re-run it, how many entries there were, and who was drawn in order. */
    public record DrawJson(long id, String kind, long seed, String algorithm, int requested, int entries, List<PickJson> drawn,
            @JsonProperty("drawn_by") String drawnBy, @JsonProperty("drawn_at") OffsetDateTime drawnAt) {

        static DrawJson of(Draws.Result result) {
            var d = result.draw();
            return new DrawJson(d.id, d.kind, d.seed, d.algorithm, d.requested, d.entries, result.picks().stream()
                    .map(p -> new PickJson(p.entry().id(), p.entry().contact(), p.cell())).toList(), d.drawnBy, d.drawnAt);
        }
    }

    /** 201 with the winners; 400 when winners is missing or below 1 (checked after the study, so another lead gets 404). */
    @POST
    @Path("raffle/draws")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response drawRaffle(@PathParam("id") String id, RaffleRequest request) {
        try {
            return Response.status(201).entity(DrawJson.of(draws.raffle(signedIn.staff(), id,
                    request == null || request.winners() == null ? 0 : request.winners()).orElseThrow(NotFoundException::new))).build();
        } catch (IllegalArgumentException e) {
            return Refusal.badRequest("winners", "the number of winners to draw: a whole number, 1 or more");
        }
    }

    /** 201 with the candidates, per cell of shared categories; 400 when per_cell is missing or below 1. */
    @POST
    @Path("interviews/draws")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response drawInterviews(@PathParam("id") String id, InterviewRequest request) {
        try {
            return Response.status(201).entity(DrawJson.of(draws.interviews(signedIn.staff(), id,
                    request == null || request.perCell() == null ? 0 : request.perCell()).orElseThrow(NotFoundException::new))).build();
        } catch (IllegalArgumentException e) {
            return Refusal.badRequest("per_cell", "the number of candidates per cell: a whole number, 1 or more");
        }
    }

    /** A logged action: what, which kind, how many entries, who and when. */
    public record LogJson(String action, String kind, int entries, String actor, OffsetDateTime at) {
    }

    /** The study's log of exports, draws and deletions, oldest first. */
    @GET
    @Path("signups/log")
    public List<LogJson> log(@PathParam("id") String id) {
        return signups.log(signedIn.staff(), id).orElseThrow(NotFoundException::new).stream()
                .map(l -> new LogJson(l.action, l.kind, l.entries, l.actor, l.at)).toList();
    }

    /**
     * The study's own consent texts, {@code {"raffle": {"nl": "…"}, "interviews": {"nl": "…"}}}; a language without
     * one shows Stemmen's default text in that language.
     */
    @GET
    @Path("signups/consent")
    public Map<String, Map<String, String>> consent(@PathParam("id") String id) {
        return signups.consentTexts(signedIn.staff(), id).orElseThrow(NotFoundException::new);
    }

    /** Replaces the study's own consent texts: 200 with them, or 400 with every problem and nothing changed. */
    @PUT
    @Path("signups/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceConsent(@PathParam("id") String id, Map<String, Map<String, String>> texts) {
        List<Signups.Problem> problems = signups.replaceConsentTexts(signedIn.staff(), id, texts).orElseThrow(NotFoundException::new);
        if (!problems.isEmpty()) {
            return Refusal.badRequest(problems.stream().map(p -> new UnreadableJsonMapper.Problem(p.field(), p.reason())).toList());
        }
        return Response.ok(signups.consentTexts(signedIn.staff(), id).orElseThrow(NotFoundException::new)).build();
    }

    /** The kind named in a path; 404 for any other word. */
    static SignupKind kind(String kind) {
        return SignupKind.byApiName(kind).orElseThrow(NotFoundException::new);
    }

}

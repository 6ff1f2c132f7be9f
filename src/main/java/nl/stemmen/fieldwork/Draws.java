package nl.stemmen.fieldwork;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.study.Studies;

/**
 * Raffle and interview draws that can be checked: each draws with a fresh random seed by {@link SeededDraw}, and
 * the seed, the algorithm and the ids drawn are stored, so re-running {@link SeededDraw} on the same entries with
 * that seed gives the same people. Interview candidates are drawn per cell of the categories people shared.
 * Every draw is logged (who, when, how many entries); the contacts come with the answer, never into the log.
 */
@ApplicationScoped
public class Draws {

    private static final Logger LOG = Logger.getLogger(Draws.class);

    private final Studies studies;
    private final Signups signups;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public Draws(Studies studies, Signups signups, ObjectMapper json) {
        this.studies = studies;
        this.signups = signups;
        this.json = json;
    }

    /** A draw as done: its record and the entries drawn (with contacts), grouped by cell for interviews. */
    public record Result(SignupDraw draw, List<Pick> picks) {
    }

    /** One person drawn: their entry and, for interviews, the cell (shared categories) they were drawn from. */
    public record Pick(Signups.ExportRow entry, Map<String, String> cell) {
    }

    /**
     * Draws {@code winners} raffle entries with a new random seed. Empty when the caller may not see
     * the study (checked first); IllegalArgumentException when {@code winners} is below 1.
     */
    @Transactional
    public Optional<Result> raffle(Staff staff, String studyId, int winners) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        if (winners < 1) {
            throw new IllegalArgumentException("winners must be 1 or more");
        }
        signups.expireDue();
        long used = random.nextLong();
        List<Signups.ExportRow> entries = signups.rows(studyId, SignupKind.RAFFLE);
        List<Long> drawn = SeededDraw.draw(entries.stream().map(Signups.ExportRow::id).toList(), winners, used);
        List<Pick> picks = drawn.stream().map(id -> new Pick(byId(entries, id), Map.of())).toList();
        return Optional.of(new Result(record(staff, studyId, SignupKind.RAFFLE, used, winners, entries.size(), drawn), picks));
    }

    /**
     * Draws, with a new random seed, up to {@code perCell} interview candidates from each cell of shared categories: cells in the order of
     * their categories' JSON (people who shared nothing form the cell {@code {}}), one generator of the seed running
     * through the cells in that order, each cell drawn by {@link SeededDraw}. Empty when the caller may not see the
     * study; IllegalArgumentException when {@code perCell} is below 1.
     */
    @Transactional
    public Optional<Result> interviews(Staff staff, String studyId, int perCell) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        if (perCell < 1) {
            throw new IllegalArgumentException("per_cell must be 1 or more");
        }
        signups.expireDue();
        long used = random.nextLong();
        List<Signups.ExportRow> entries = signups.rows(studyId, SignupKind.INTERVIEWS);
        TreeMap<String, List<Signups.ExportRow>> cells = new TreeMap<>();
        for (Signups.ExportRow entry : entries) {
            cells.computeIfAbsent(write(new TreeMap<>(entry.shared())), k -> new ArrayList<>()).add(entry);
        }
        SplittableRandom generator = new SplittableRandom(used);
        List<Long> drawn = new ArrayList<>();
        List<Pick> picks = new ArrayList<>();
        cells.values().forEach(cell -> {
            for (Long id : SeededDraw.draw(cell.stream().map(Signups.ExportRow::id).toList(), perCell, generator)) {
                drawn.add(id);
                Signups.ExportRow entry = byId(cell, id);
                picks.add(new Pick(entry, entry.shared()));
            }
        });
        return Optional.of(new Result(record(staff, studyId, SignupKind.INTERVIEWS, used, perCell, entries.size(), drawn), picks));
    }

    private SignupDraw record(Staff staff, String studyId, SignupKind kind, long seed, int requested, int entries, List<Long> drawn) {
        SignupDraw draw = new SignupDraw();
        draw.studyId = studyId;
        draw.kind = kind.apiName();
        draw.seed = seed;
        draw.algorithm = SeededDraw.ALGORITHM;
        draw.requested = requested;
        draw.entries = entries;
        draw.drawn = write(drawn);
        draw.drawnBy = staff.username();
        draw.drawnAt = OffsetDateTime.now();
        draw.persist();
        SignupLog.write(studyId, "draw", kind, entries, staff.username());
        LOG.infof("%s draw %d of study %s by %s: %d of %d entries", kind.apiName(), draw.id, studyId, staff.username(),
                drawn.size(), entries);
        return draw;
    }

    private static Signups.ExportRow byId(List<Signups.ExportRow> entries, long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

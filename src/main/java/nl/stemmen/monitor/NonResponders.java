package nl.stemmen.monitor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper;
import nl.stemmen.study.Studies;

/**
 * The invited people of a subgroup cell who have not completed and have not withdrawn: who a
 * reminder wave goes to. Only refs (the supplier's pseudonymous keys), never contact data; who
 * took a list is logged.
 */
@ApplicationScoped
public class NonResponders {

    private static final Logger LOG = Logger.getLogger(NonResponders.class);

    private final Studies studies;
    private final ChosenCells chosenCells;
    private final EntityManager entities;

    public NonResponders(Studies studies, ChosenCells chosenCells, EntityManager entities) {
        this.studies = studies;
        this.chosenCells = chosenCells;
        this.entities = entities;
    }

    /** The refs, sorted, or the problems with the cell asked for ({@code field}, {@code reason}). */
    public record Outcome(List<String> refs, List<UnreadableJsonMapper.Problem> problems) {
    }

    /**
     * The non-responders of a cell.
     *
     * @param cell dimension → the categories wanted (any of them); an empty map: the whole study
     * @return empty when {@code staff} may not see the study
     */
    @Transactional
    public Optional<Outcome> refs(Staff staff, String studyId, Map<String, List<String>> cell) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        ChosenCells.Outcome chosen = chosenCells.of(studyId, study.get().definition().dimensionNames(), cell);
        if (!chosen.problems().isEmpty()) {
            return Optional.of(new Outcome(List.of(), chosen.problems()));
        }
        List<Long> cells = chosen.cells();
        List<String> refs = cells.isEmpty() ? List.of() : entities.createNativeQuery("select p.ref from invitation i "
                + "join frame_person p on p.id = i.person_id left join response r on r.id = i.response_id "
                + "where i.study_id = ?1 and i.withdrawn_at is null and i.cell_id in (?2) "
                + "and (r.id is null or r.completed_at is null) order by p.ref", String.class)
                .setParameter(1, studyId).setParameter(2, cells).getResultList();
        LOG.infof("Non-responders of study %s %s (%d refs) taken by %s", studyId, cell, refs.size(), staff.username());
        return Optional.of(new Outcome(refs, List.of()));
    }
}

package nl.stemmen.fieldwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.access.Staff;
import nl.stemmen.monitor.Monitor;
import nl.stemmen.monitor.MonitorReport;
import nl.stemmen.study.Studies;
import nl.stemmen.study.SubgroupCells;

/**
 * What a fieldworker sees on their phone (issue 16, design §5: their flyers and counts, never answers):
 * their flyers with opens, starts and completes today and in total, and for each study of those flyers
 * the subgroups that lag behind (the monitor's {@code lagging}) in plain words.
 */
@ApplicationScoped
public class FieldworkView {

    private final OpenLinks links;
    private final Studies studies;
    private final Monitor monitor;

    public FieldworkView(OpenLinks links, Studies studies, Monitor monitor) {
        this.links = links;
        this.studies = studies;
        this.monitor = monitor;
    }

    /** One lagging subgroup: the dimension and category, as the study names them. */
    public record Lagging(String dimension, String category) {
    }

    /**
     * A study of the fieldworker's flyers.
     *
     * @param summary the lagging subgroups in one Dutch sentence, for the page
     * @param languages the study's languages (codes), for an assisted start
     * @param assisted whether the study allows assisted starts
     */
    public record StudyLag(String id, String name, List<Lagging> lagging, String summary, List<String> languages,
            boolean assisted) {
    }

    /** The fieldworker's flyers and their studies' lagging subgroups. */
    public record View(List<OpenLinks.Listed> flyers, List<StudyLag> studies) {
    }

    /**
     * The view of {@code staff}'s own flyers (those naming them as fieldworker), whatever their role.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     */
    public View of(Staff staff, String base) {
        List<OpenLinks.Listed> flyers = links.ofFieldworker(staff.username(), base);
        Map<String, StudyLag> byStudy = new LinkedHashMap<>();
        for (OpenLinks.Listed flyer : flyers) {
            byStudy.computeIfAbsent(flyer.studyId(), id -> studies.withoutAccessCheck(id).map(study -> {
                List<Lagging> lagging = lagging(monitor.report(study));
                return new StudyLag(id, study.definition().name(), lagging, summary(lagging), study.definition().languages(),
                        study.definition().assisted() == null || study.definition().assisted());
            }).orElse(null));
        }
        byStudy.values().removeIf(study -> study == null);
        return new View(flyers, List.copyOf(byStudy.values()));
    }

    /** Every lagging category but unknown (nobody can be sought out for being unknown), in the monitor's order. */
    private static List<Lagging> lagging(MonitorReport report) {
        List<Lagging> lagging = new ArrayList<>();
        report.dimensions().forEach((dimension, categories) -> categories.forEach((category, figures) -> {
            if (figures.lagging() && !SubgroupCells.UNKNOWN.equals(category)) {
                lagging.add(new Lagging(dimension, category));
            }
        }));
        return lagging;
    }

    private static String summary(List<Lagging> lagging) {
        if (lagging.isEmpty()) {
            return "Geen groep blijft achter.";
        }
        return "Nog te weinig mensen uit deze groepen: " + String.join(", ",
                lagging.stream().map(l -> l.category() + " (" + l.dimension() + ")").toList()) + ".";
    }
}

package nl.stemmen.monitor;

/**
 * The funnel of one group of people: a subgroup cell, a channel, a language. Cumulative as design §7
 * says: a completed response also counts as opened and started. Mutable while the counts are summed.
 */
public final class CellCounts {

    /** Frame people in the latest file; null where no frame tells. */
    Integer population;
    int invited;
    int opened;
    int started;
    int partial;
    int completed;
    int withdrawn;
    int excluded;
    /** Completed through an invitation (the R-indicator's successes; flyer completes are not invited). */
    int completedInvited;

    void add(CellCounts other) {
        if (other.population != null) {
            population = (population == null ? 0 : population) + other.population;
        }
        invited += other.invited;
        opened += other.opened;
        started += other.started;
        partial += other.partial;
        completed += other.completed;
        withdrawn += other.withdrawn;
        excluded += other.excluded;
        completedInvited += other.completedInvited;
    }

    public Integer population() {
        return population;
    }

    public int invited() {
        return invited;
    }

    public int opened() {
        return opened;
    }

    public int started() {
        return started;
    }

    public int partial() {
        return partial;
    }

    public int completed() {
        return completed;
    }

    public int withdrawn() {
        return withdrawn;
    }

    public int excluded() {
        return excluded;
    }
}

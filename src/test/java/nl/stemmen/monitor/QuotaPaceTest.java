package nl.stemmen.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Whether a cell reaches its quota by the end date at its daily rate so far. */
class QuotaPaceTest {

    @Test
    void quotaPaceProjectsTheDailyRateToTheEndDate() {
        java.time.LocalDate start = java.time.LocalDate.of(2026, 12, 1);
        java.time.LocalDate end = java.time.LocalDate.of(2026, 12, 20);
        // 10 completes in 5 days: 2 a day, 15 days left: 40 expected
        assertEquals(true, Monitor.onPace(10, 40, start, end, start.plusDays(4)));
        assertEquals(false, Monitor.onPace(10, 41, start, end, start.plusDays(4)));
        assertNull(Monitor.onPace(0, 40, start, end, start.minusDays(1)));
        assertEquals(true, Monitor.onPace(40, 40, start, end, start.minusDays(1)));
        assertEquals(false, Monitor.onPace(39, 40, start, end, end.plusDays(3)), "fieldwork is over");
        assertNull(Monitor.onPace(3, null, start, end, start));
    }
}

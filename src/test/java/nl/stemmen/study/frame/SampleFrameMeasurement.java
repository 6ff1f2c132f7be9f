package nl.stemmen.study.frame;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time and heap of reading a large frame file (the generated 65,000 people of a national DUO mailing), three
 * times so the later runs show the warmed-up speed. Not a test (too slow for the suite): run by
 * {@code scripts/measure-frame.sh}. Arguments: the file, and the number of people it must give.
 */
public final class SampleFrameMeasurement {

    private SampleFrameMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int expectedPeople = Integer.parseInt(args[1]);
        for (int run = 1; run <= 3; run++) {
            long before = usedAfterGc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            SampleFrame frame;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                frame = new SampleFrameReader().read(in);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            // CPU time of this thread: the wall clock says little on a machine shared with other builds.
            long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long retained = usedAfterGc() - before;
            if (frame.people().size() != expectedPeople) {
                throw new AssertionError(frame.people().size() + " people, expected " + expectedPeople);
            }
            System.out.printf("%s (%.1f MB): run %d, %d people, %d ms (%d ms CPU), heap peak at most %.1f MB"
                    + " (sum of the pools' peaks), frame retained after GC %.1f MB, max heap %.0f MB%n",
                    file.getFileName(), Files.size(file) / 1e6, run, frame.people().size(), millis, cpuMillis,
                    peak / 1e6, retained / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

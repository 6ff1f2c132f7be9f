package nl.stemmen.study.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Uploading a frame to a study that already has people: new, changed, unchanged and dropped out. */
class SampleFrameComparisonTest {

    private static final String FIRST = """
            ref;email;postcode;gender;learning_route
            P1;p1@example.nl;1234 AB;vrouw;B1
            P2;;6211 CD;man;Z-route
            P3;p3@example.nl;;vrouw;education
            """;

    @Test
    void aNewerFileTellsNewChangedUnchangedAndMissingPeople() throws Exception {
        Map<String, FramePerson> inStudy = byRef(SampleFrameReaderTest.read(FIRST));
        SampleFrame second = SampleFrameReaderTest.read("""
                ref;email;postcode;gender;learning_route
                P4;p4@example.nl;;X;B1
                P1;p1@example.nl;1234AB;vrouw;B1
                P3;p3@example.nl;;vrouw;B1
                P5;;;;
                """);

        FrameComparison comparison = FrameComparison.of(second, inStudy);

        assertEquals(List.of("P4", "P5"), refs(comparison.added()));
        assertEquals(List.of("P3"), refs(comparison.changed()));
        assertEquals("B1", comparison.changed().get(0).attributes().get("learning_route"), "as the file gives it now");
        assertEquals(List.of("P1"), comparison.unchanged(), "1234AB is the same postcode as 1234 AB");
        assertEquals(List.of("P2"), comparison.missing(), "reported, not deleted");
    }

    @Test
    void importingTheSameFileTwiceAddsNobody() throws Exception {
        SampleFrame frame = SampleFrameReaderTest.read(FIRST);

        FrameComparison first = FrameComparison.of(frame, Map.of());
        FrameComparison again = FrameComparison.of(SampleFrameReaderTest.read(FIRST), byRef(frame));

        assertEquals(List.of("P1", "P2", "P3"), refs(first.added()));
        assertEquals(List.of(), again.added());
        assertEquals(List.of(), again.changed());
        assertEquals(List.of("P1", "P2", "P3"), again.unchanged());
        assertEquals(List.of(), again.missing());
    }

    @Test
    void aValueEmptiedOrAColumnDroppedIsAChange() throws Exception {
        Map<String, FramePerson> inStudy = byRef(SampleFrameReaderTest.read(FIRST));
        SampleFrame withoutRoute = SampleFrameReaderTest.read("""
                ref;email;postcode;gender
                P1;p1@example.nl;1234 AB;vrouw
                P2;;6211 CD;
                """);

        FrameComparison comparison = FrameComparison.of(withoutRoute, inStudy);

        assertEquals(List.of("P1", "P2"), refs(comparison.changed()));
        assertEquals(List.of("P3"), comparison.missing());
    }

    private static Map<String, FramePerson> byRef(SampleFrame frame) {
        return frame.people().stream().collect(Collectors.toMap(FramePerson::ref, Function.identity()));
    }

    private static List<String> refs(List<FramePerson> people) {
        return people.stream().map(FramePerson::ref).toList();
    }
}

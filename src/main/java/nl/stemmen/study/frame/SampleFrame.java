package nl.stemmen.study.frame;

import java.util.List;
import java.util.Map;

/**
 * A sample frame read whole and valid: its columns as the header names them (normalised), split into contact
 * and attribute columns, its people in file order, each ref once, and the physical line (from 1, counting blank
 * lines and line breaks inside quotes) each person's row starts on, by ref.
 */
public record SampleFrame(List<String> contactColumns, List<String> attributeColumns, List<FramePerson> people,
        Map<String, Integer> lines) {

    public SampleFrame {
        contactColumns = List.copyOf(contactColumns);
        attributeColumns = List.copyOf(attributeColumns);
        people = List.copyOf(people);
        lines = Map.copyOf(lines);
    }

    /** The physical line {@code person}'s row starts on, as the file's problems name lines. */
    public int line(FramePerson person) {
        return lines.get(person.ref());
    }

    /** What the import's preview shows of this frame: see {@link FramePreview#of(SampleFrame)}. */
    public FramePreview preview() {
        return FramePreview.of(this);
    }
}

package nl.stemmen.study.frame;

import java.util.List;

/**
 * A sample frame read whole and valid: its columns as the header names them (normalised), split into contact
 * and attribute columns, and its people in file order, each ref once.
 */
public record SampleFrame(List<String> contactColumns, List<String> attributeColumns, List<FramePerson> people) {

    public SampleFrame {
        contactColumns = List.copyOf(contactColumns);
        attributeColumns = List.copyOf(attributeColumns);
        people = List.copyOf(people);
    }

    /** What the import's preview shows of this frame: see {@link FramePreview#of(SampleFrame)}. */
    public FramePreview preview() {
        return FramePreview.of(this);
    }
}

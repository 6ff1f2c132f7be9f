package nl.stemmen.study.frame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What importing a frame would do to the people already in a study, matched by {@code ref}: who is new, whose
 * contact details or attributes changed, who is unchanged, and who is in the study but not in this file. People
 * missing from the file are only reported, never deleted (they may have been invited already). Importing the same
 * file twice therefore gives only unchanged people the second time.
 *
 * @param added     people of the file whose ref the study does not have yet, in file order
 * @param changed   people of the file whose ref the study has with other contact details or attributes, in file
 *                  order, as the file gives them now
 * @param unchanged refs of the file the study has with exactly the same details, in file order
 * @param missing   refs the study has that the file does not, sorted
 */
public record FrameComparison(List<FramePerson> added, List<FramePerson> changed, List<String> unchanged,
        List<String> missing) {

    public FrameComparison {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        missing = List.copyOf(missing);
    }

    /** The comparison of a frame with the study's people (ref to person); changes neither. */
    public static FrameComparison of(SampleFrame frame, Map<String, FramePerson> inStudy) {
        List<FramePerson> added = new ArrayList<>();
        List<FramePerson> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (FramePerson person : frame.people()) {
            inFile.add(person.ref());
            FramePerson known = inStudy.get(person.ref());
            if (known == null) {
                added.add(person);
            } else if (known.equals(person)) {
                unchanged.add(person.ref());
            } else {
                changed.add(person);
            }
        }
        List<String> missing = inStudy.keySet().stream().filter(ref -> !inFile.contains(ref)).sorted().toList();
        return new FrameComparison(added, changed, unchanged, missing);
    }
}

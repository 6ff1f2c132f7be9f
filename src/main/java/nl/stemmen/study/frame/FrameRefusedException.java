package nl.stemmen.study.frame;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A sample frame file refused whole: the problems found, in file order, at most the reader's cap, and how
 * many more were found but left out of the list so a wrong file does not give an enormous answer.
 */
public class FrameRefusedException extends Exception {

    private final transient List<FrameProblem> problems;
    private final int omitted;

    public FrameRefusedException(List<FrameProblem> problems, int omitted) {
        super(problems.stream().map(FrameProblem::toString).collect(Collectors.joining("\n"))
                + (omitted > 0 ? "\nand " + omitted + " more problems" : ""));
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    /** The problems reported, in file order; never empty. */
    public List<FrameProblem> problems() {
        return problems;
    }

    /** How many further problems were found beyond {@link #problems()}. */
    public int omitted() {
        return omitted;
    }
}

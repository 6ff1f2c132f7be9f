package nl.stemmen.study.frame;

import java.util.ArrayList;
import java.util.List;

/** The problems found in a frame so far: the first {@code cap} kept, the rest only counted. */
final class FrameProblems {

    private final int cap;
    private final List<FrameProblem> kept = new ArrayList<>();
    private int omitted;

    FrameProblems(int cap) {
        this.cap = cap;
    }

    void add(int line, String column, String reason) {
        add(new FrameProblem(line, column, reason));
    }

    void add(FrameProblem problem) {
        if (kept.size() < cap) {
            kept.add(problem);
        } else {
            omitted++;
        }
    }

    /** The problem that stopped reading: listed even beyond the cap, as the last one. */
    void stop(FrameProblem problem) {
        kept.add(problem);
    }

    boolean any() {
        return !kept.isEmpty();
    }

    FrameRefusedException refusal() {
        return new FrameRefusedException(kept, omitted);
    }
}

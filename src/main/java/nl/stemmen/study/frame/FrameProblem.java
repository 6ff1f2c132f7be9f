package nl.stemmen.study.frame;

/**
 * What is wrong with a sample frame file, and where: the physical line of the file (the header is line 1; a
 * record spanning several lines is reported on the line where it starts), the column's name as the header
 * gives it after normalising (null when the problem is the whole row or file), and a reason in plain English.
 */
public record FrameProblem(int line, String column, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + reason;
    }
}

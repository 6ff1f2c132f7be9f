package nl.stemmen.study.frame;

/** Cleaning of values as spreadsheets write them. */
final class FrameValues {

    private FrameValues() {
    }

    /** The value without surrounding white space, including the no-break spaces spreadsheets leave. */
    static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}

package nl.stemmen.respond;

/**
 * How a respondent enters: the one argument through which every response starts, so that a
 * personal token, a short code or a flyer code can later start one the way a preview does now.
 */
public record Entry(Channel channel, Mode mode, boolean test) {

    public static Entry preview() {
        return new Entry(Channel.PREVIEW, Mode.SELF, true);
    }
}

package nl.stemmen.fieldwork;

import java.util.Locale;

import nl.stemmen.respond.Channel;

/**
 * The two kinds of open link (issue 16): a QR flyer handed out at a place, an event, by a partner or a
 * fieldworker ({@code /f/<code>}), and a group session whose code people in a room open on their own
 * phones ({@code /g/<code>}). Both start responses the same way ({@link OpenStart}).
 */
public enum OpenLinkKind {
    FLYER("f", Channel.FLYER), SESSION("g", Channel.SESSION);

    private final String path;
    private final Channel channel;

    OpenLinkKind(String path, Channel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** The first segment of the link's address: {@code f} or {@code g}. */
    public String path() {
        return path;
    }

    /** The channel its responses come in by. */
    public Channel channel() {
        return channel;
    }

    /** As stored in open_link.kind: flyer, session. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

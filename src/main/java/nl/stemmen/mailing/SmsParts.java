package nl.stemmen.mailing;

/**
 * How many SMS parts a message takes (3GPP TS 23.038 and 23.040): in GSM-7 when every character is
 * in its default alphabet or extension table, 160 septets alone or 153 per part when concatenated
 * (an extension character such as € takes two); otherwise in UCS-2, 70 UTF-16 units alone or 67
 * per part. Arabic, Farsi and Tigrinya are always UCS-2, as is Dutch with ë or ï.
 */
public final class SmsParts {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsParts() {
    }

    /** The number of parts {@code message} is sent in: 1 or more (an empty message still takes one). */
    public static int of(String message) {
        int septets = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return parts(message.length(), 70, 67);
            }
        }
        return parts(septets, 160, 153);
    }

    private static int parts(int length, int single, int perPart) {
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }
}

package nl.stemmen.respond.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Reads a submitted form ({@code application/x-www-form-urlencoded}, UTF-8) without ever failing:
 * the framework's reader throws on a malformed escape such as {@code %G1}, which became a 500.
 * Here a malformed escape is kept as typed and bytes that are no UTF-8 become U+FFFD; what the
 * answer then means is up to the page's checks, which show it again.
 */
public final class FormBody {

    private FormBody() {
    }

    /** @return the values by field name, in the order sent; a name without '=' has the value "" */
    public static MultivaluedMap<String, String> parse(byte[] body) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        // ISO-8859-1 keeps every byte as one char, so UTF-8 is decoded once, after the escapes
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            form.add(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return form;
    }

    private static String decode(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int high = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
            int low = i + 2 < part.length() ? Character.digit(part.charAt(i + 2), 16) : -1;
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

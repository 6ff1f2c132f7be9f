package nl.stemmen.respond.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.quarkus.qute.TemplateGlobal;

/** The stylesheet's address carries a hash of its content, so a changed stylesheet is never stale in a cache. */
@TemplateGlobal
public final class Stylesheet {

    public static final String stylesheet = "/static/stemmen.css?v=" + contentHash("META-INF/resources/static/stemmen.css");

    private Stylesheet() {
    }

    private static String contentHash(String resource) {
        try (InputStream in = Stylesheet.class.getClassLoader().getResourceAsStream(resource)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.stemmen.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.stemmen.access.Staff;

/**
 * Frame files uploaded on the import page and waiting for "import now", so the lead sees the preview
 * and need not pick the file again. Each is kept in a private temporary directory under a random id,
 * for the one staff member and study it was uploaded for, for {@value #KEPT_MINUTES} minutes, and
 * deleted once imported or refused, at the next upload or look-up after it expired, and at shutdown:
 * the files hold names and addresses. Kept in this instance only (several instances need sticky
 * sessions for the import page).
 */
@ApplicationScoped
public class PendingFrames {

    static final int KEPT_MINUTES = 30;
    private static final Duration KEPT = Duration.ofMinutes(KEPT_MINUTES);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private record Pending(Path file, String username, String studyId, Instant keptAt) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private Path directory;

    /**
     * Keeps an uploaded file for {@code staff} and the study.
     *
     * @return the id to find it again with {@link #file}
     */
    public String keep(Staff staff, String studyId, InputStream upload) throws IOException {
        forgetExpired();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Path file = directory().resolve(id + ".csv");
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        pending.put(id, new Pending(file, staff.username(), studyId, Instant.now()));
        return id;
    }

    /** The kept file, when {@code id} names one kept for this staff member and study and not yet expired. */
    public Optional<Path> file(Staff staff, String studyId, String id) {
        forgetExpired();
        return Optional.ofNullable(id).filter(i -> ID.matcher(i).matches()).map(pending::get)
                .filter(p -> p.username().equals(staff.username()) && p.studyId().equals(studyId))
                .map(Pending::file);
    }

    /** Deletes a kept file (after its import, or when it was refused). */
    public void forget(String id) {
        Pending gone = id == null ? null : pending.remove(id);
        if (gone != null) {
            delete(gone.file());
        }
    }

    private void forgetExpired() {
        Instant oldest = Instant.now().minus(KEPT);
        pending.entrySet().removeIf(e -> {
            boolean expired = e.getValue().keptAt().isBefore(oldest);
            if (expired) {
                delete(e.getValue().file());
            }
            return expired;
        });
    }

    private synchronized Path directory() throws IOException {
        if (directory == null) {
            // owner only where the file system has POSIX permissions (Windows keeps temp files per user anyway)
            directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("stemmen-frames-", PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("stemmen-frames-");
        }
        return directory;
    }

    void deleteAll(@Observes ShutdownEvent event) {
        pending.keySet().forEach(this::forget);
        if (directory != null) {
            delete(directory);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

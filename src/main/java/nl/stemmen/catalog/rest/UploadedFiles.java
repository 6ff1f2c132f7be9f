package nl.stemmen.catalog.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.stemmen.catalog.Publishing;

/** A multipart request's files as {@link Publishing.Upload}s, for the API and the staff page alike. */
final class UploadedFiles {

    private UploadedFiles() {
    }

    /** Each file part (null: none) with the name and content type it was sent with; parts without a file are left out. */
    static List<Publishing.Upload> of(List<FileUpload> files) throws IOException {
        List<Publishing.Upload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.uploadedFile() != null) {
                uploads.add(new Publishing.Upload(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile())));
            }
        }
        return uploads;
    }
}

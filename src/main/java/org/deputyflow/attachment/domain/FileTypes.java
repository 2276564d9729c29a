package org.deputyflow.attachment.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The file types a record may carry, as detected from the content: PDF, images, and Word, Excel and
 * PowerPoint documents in their old and new formats. Everything else (programs, archives, scripts, web
 * pages) is refused whatever its name says.
 */
public final class FileTypes {

    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/gif", "GIF"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.ms-excel", "Excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"));

    private FileTypes() {}

    /** The kind shown to people ("PDF", "Word" …) if the detected type is allowed. */
    public static Optional<String> allowed(String detectedType) {
        return Optional.ofNullable(detectedType == null ? null : ALLOWED.get(detectedType));
    }
}

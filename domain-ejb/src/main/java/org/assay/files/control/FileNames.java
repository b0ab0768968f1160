package org.assay.files.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;

/**
 * The names callers give to files and directories. They are only ever data (the vault names files by its own ids),
 * but they travel back into download file names and into the folders of whoever saves them, so anything that could
 * act as a path — a separator, {@code .} or {@code ..}, a control character — is refused.
 */
public final class FileNames {

    /** Extensions whose content type the API names in downloads; anything else is application/octet-stream. */
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("txt", "text/plain"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"));

    public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    /** A file name cut at its last dot; {@code extension} is null when there is none. */
    public record Split(String stem, String extension) {
    }

    private FileNames() {
    }

    /** The problem with {@code name} as the name of an entry (reported under {@code identifier}), if any. */
    public static Optional<Problem> check(String identifier, String name, int maxLength) {
        if (name == null || name.isBlank()) {
            return Optional.of(illegal(identifier, identifier + " is required and must not be blank"));
        }
        String trimmed = name.trim();
        if (trimmed.length() > maxLength) {
            return Optional.of(Problem.error(ProblemType.LESS_VALUE_REQUIRED, identifier,
                    identifier + " must have at most " + maxLength + " characters, it has " + trimmed.length()));
        }
        if (trimmed.equals(".") || trimmed.equals("..")) {
            return Optional.of(illegal(identifier, identifier + " must not be . or ..").withValues(List.of(trimmed)));
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '/' || c == '\\') {
                return Optional.of(illegal(identifier, identifier + " must not contain / or \\"));
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return Optional.of(illegal(identifier, identifier + " must not contain control characters"));
            }
        }
        return Optional.empty();
    }

    /**
     * The last segment of a file name as a client sent it: some send a whole path ({@code C:\data\gl.csv}), and
     * only the file's own name matters.
     */
    public static String lastSegment(String fileName) {
        if (fileName == null) {
            return null;
        }
        int cut = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(cut + 1).trim();
    }

    /** {@code gl.2024.csv} → {@code gl.2024} + {@code csv}; a leading or trailing dot is part of the stem. */
    public static Split split(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return new Split(fileName, null);
        }
        return new Split(fileName.substring(0, dot), fileName.substring(dot + 1));
    }

    /** The content type of downloads of files with this extension. */
    public static String contentType(String extension) {
        return extension == null ? DEFAULT_CONTENT_TYPE
                : CONTENT_TYPES.getOrDefault(extension.toLowerCase(Locale.ROOT), DEFAULT_CONTENT_TYPE);
    }

    private static Problem illegal(String identifier, String reason) {
        return Problem.error(ProblemType.ILLEGAL_ARGUMENT, identifier, reason);
    }
}

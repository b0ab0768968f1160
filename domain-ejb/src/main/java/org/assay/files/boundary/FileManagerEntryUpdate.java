package org.assay.files.boundary;

/**
 * {@code ApiFileManagerFileUpdate} / {@code ApiFileManagerDirectoryUpdate}: rename and move, guarded by
 * {@code version}. A full replacement: an absent {@code parentFileManagerEntityId} means the root. {@code type}
 * cannot change; the client sends it anyway.
 */
public record FileManagerEntryUpdate(Long version, String type, String parentFileManagerEntityId, String name) {
}

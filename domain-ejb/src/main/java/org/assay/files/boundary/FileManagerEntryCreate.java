package org.assay.files.boundary;

/**
 * {@code ApiFileManagerDirectoryCreate}, {@code ApiFileManagerFileCreate} (the {@code fileManagerFile} part of an
 * import) and the body of an import from a chunked file: the three share these fields. {@code name} is a file's
 * stem, without extension.
 */
public record FileManagerEntryCreate(String engagementId, String parentFileManagerEntityId, String name) {
}

package org.assay.files.boundary;

/** {@code ApiChunkedFileCreate}: the whole file's name (with extension) and size in bytes. */
public record ChunkedFileCreate(String name, Long size) {
}

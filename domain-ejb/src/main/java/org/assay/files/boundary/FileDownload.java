package org.assay.files.boundary;

/**
 * What an export sends: the stored file {@code blobId} (read it through {@link StoredFiles#open}) under the file's
 * own name, {@code name.extension}.
 */
public record FileDownload(String fileName, String contentType, long size, String blobId) {
}

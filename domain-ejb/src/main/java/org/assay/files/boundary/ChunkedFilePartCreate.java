package org.assay.files.boundary;

/** The {@code chunkedFilePart} of a part upload: where the part's bytes lie in the whole file. */
public record ChunkedFilePartCreate(Long offset, Long size) {
}

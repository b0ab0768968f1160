package org.assay.files.control;

/**
 * A file kept in the {@link FileVault}.
 *
 * @param id     the vault's id of the file: 24 lowercase hexadecimal characters
 * @param size   the number of plaintext bytes
 * @param sha256 the SHA-256 of the plaintext, lowercase hexadecimal
 */
public record StoredFile(String id, long size, String sha256) {
}

/**
 * Storage of uploaded files: streamed to disk, checksummed, encrypted at rest with AES-GCM in authenticated
 * segments (Tink's streaming AEAD), published atomically under ids the vault generates itself. Plain Java,
 * unit-tested; the server wraps it.
 */
package org.assay.files.control;

/**
 * The file manager of each engagement and chunked uploads: the façades (transactions, permissions, visibility),
 * their request and read records, and {@link org.assay.files.boundary.StoredFiles}, the encrypted store of the
 * files' bytes that other components read uploaded files through.
 */
package org.assay.files.boundary;

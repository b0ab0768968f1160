/**
 * The file-manager and chunked-upload resources. Multipart uploads are read with
 * {@link org.assay.platform.web.MultipartForm}, which streams each file part straight into the façade.
 */
package org.assay.files.boundary;

/**
 * Who is calling: the caller of the current request, the identity handed to the container, and the embedded JWT
 * issuer.
 */
package org.assay.access.boundary;

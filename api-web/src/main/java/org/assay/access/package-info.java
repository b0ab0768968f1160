/**
 * The one authentication mechanism, its credential verifiers, and the embedded identity provider's endpoints
 * under /auth.
 */
package org.assay.access;

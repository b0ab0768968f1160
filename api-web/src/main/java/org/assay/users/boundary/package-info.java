/**
 * The /users resource. Thin: parse, call the façade, map the answer.
 */
package org.assay.users.boundary;

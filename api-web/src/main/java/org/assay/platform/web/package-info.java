/**
 * The web conventions of every resource: the JAX-RS applications, strict JSON binding, problem JSON for every
 * failure, request ids, the page envelope and the OpenAPI completion.
 */
package org.assay.platform.web;

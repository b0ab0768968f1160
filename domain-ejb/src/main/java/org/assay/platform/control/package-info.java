/**
 * Infrastructure producers (the clock).
 */
package org.assay.platform.control;

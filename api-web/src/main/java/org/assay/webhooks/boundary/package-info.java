/**
 * The {@code /webhooks} resource and the delivery log at {@code /webhook-event-logs} (Assay extension).
 */
package org.assay.webhooks.boundary;

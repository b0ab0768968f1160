/**
 * Webhooks: the App Admin façade for subscriptions and their delivery log ({@link WebhookFacade}), the API the
 * rest of the domain publishes events through ({@link WebhookEvents}), and delivery after commit on the managed
 * executor with Fault Tolerance retries ({@link WebhookDispatcher}, {@link WebhookSender}).
 */
package org.assay.webhooks.boundary;

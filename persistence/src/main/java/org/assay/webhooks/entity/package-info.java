/**
 * Webhooks: the subscriptions App Admins register (a URL, the events it wants, its own Ed25519 key pair) and the
 * log of every delivery made to them. Nothing here knows about HTTP or signing; that is the domain's work.
 */
package org.assay.webhooks.entity;

/**
 * Webhook logic in plain classes: the subscription event names and their payload types, the rules a target URL
 * must meet, the Ed25519 keys and Standard Webhooks signatures, the server key that encrypts private keys, and the
 * payload envelope. No container services here.
 */
package org.assay.webhooks.control;

package org.assay.webhooks.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A delivery attempt failed: the receiver answered outside 2xx or could not be reached. Retried by
 * {@link WebhookSender}'s policy. {@link Permanent} failures (the webhook is gone or deactivated, the target
 * resolves to a refused address) are not retried. An application exception, so that it reaches the retry policy
 * unwrapped from the EJB that throws it.
 */
@ApplicationException(inherited = true)
public class DeliveryFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeliveryFailedException(String message) {
        super(message);
    }

    /** The kind that Fault Tolerance does not retry. */
    public static class Permanent extends DeliveryFailedException {

        private static final long serialVersionUID = 1L;

        public Permanent(String message) {
            super(message);
        }
    }
}

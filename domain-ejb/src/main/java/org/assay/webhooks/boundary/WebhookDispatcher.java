package org.assay.webhooks.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts deliveries once the transaction that wrote them commits, each as one task on the server's managed
 * executor (never on threads of our own). The task calls {@link WebhookSender#send}, whose Fault Tolerance
 * policy retries with back-off; when the retries are spent or a delivery cannot go on, the delivery ends
 * {@code FAILED_PERMANENTLY}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookDeliveries deliveries;

    /** Delivers these deliveries after the current transaction commits (not at all if it rolls back). */
    public void deliverAfterCommit(List<String> deliveryIds) {
        List<String> ids = List.copyOf(deliveryIds);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    ids.forEach(WebhookDispatcher.this::submit);
                }
            }
        });
    }

    /** Queues one delivery. */
    public void submit(String deliveryId) {
        executor.submit(() -> deliver(deliveryId));
    }

    private void deliver(String deliveryId) {
        try {
            sender.send(deliveryId);
        } catch (DeliveryFailedException e) {
            LOG.log(Level.WARNING, "Webhook delivery {0} failed permanently: {1}",
                    new Object[] {deliveryId, e.getMessage()});
            deliveries.giveUp(deliveryId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery " + deliveryId + " stopped", e);
            deliveries.giveUp(deliveryId);
        }
    }
}

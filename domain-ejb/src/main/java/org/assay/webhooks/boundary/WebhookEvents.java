package org.assay.webhooks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assay.platform.entity.ObjectIds;
import org.assay.platform.entity.UserInfo;
import org.assay.users.boundary.FirstAdmin;
import org.assay.users.entity.User;
import org.assay.webhooks.control.WebhookEnvelope;
import org.assay.webhooks.control.WebhookEventType;
import org.assay.webhooks.entity.Webhook;
import org.assay.webhooks.entity.WebhookEventLog;

/**
 * How the rest of the domain announces events. {@link #publish} runs in the caller's transaction: it writes one
 * {@code IN_PROGRESS} delivery per active webhook subscribed to the event, with the payload fixed, and delivery
 * starts only once that transaction commits — a change that rolls back announces nothing. Callable from a
 * request (the caller's façade passes the caller's id) or a job thread (the job passes the user who started it,
 * or null); no permission is needed.
 */
@Stateless
public class WebhookEvents {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookDispatcher dispatcher;

    public void publish(WebhookEvent event) {
        WebhookEventType type = WebhookEventType.valueOf(event.type());
        List<Webhook> subscribed = em.createNamedQuery(Webhook.ACTIVE_FOR_EVENT, Webhook.class)
                .setParameter("event", type.name()).getResultList();
        if (subscribed.isEmpty()) {
            return;
        }
        String eventId = ObjectIds.next();
        Instant now = clock.instant();
        UserInfo author = author(event.userId());
        List<String> deliveries = new ArrayList<>();
        for (Webhook webhook : subscribed) {
            String body = WebhookEnvelope.json(type, eventId, now, webhook.getId(), settings.tenant(), event.userId(),
                    event.data());
            WebhookEventLog delivery = new WebhookEventLog(webhook.getId(), type.name(), eventId, webhook.getUrl(), body);
            delivery.stampCreated(author, now);
            em.persist(delivery);
            deliveries.add(delivery.getId());
        }
        dispatcher.deliverAfterCommit(deliveries);
    }

    private UserInfo author(String userId) {
        User user = userId == null || !ObjectIds.isValid(userId) ? null : em.find(User.class, userId);
        return user == null ? FirstAdmin.SYSTEM : new UserInfo(user.getId(), user.displayName());
    }
}

package org.assay.webhooks.boundary;

import static org.assay.access.control.Permissions.WEBHOOKS_DELETE;
import static org.assay.access.control.Permissions.WEBHOOKS_READ;
import static org.assay.access.control.Permissions.WEBHOOKS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.users.entity.Role;
import org.assay.users.entity.User;
import org.assay.webhooks.control.WebhookEventType;
import org.assay.webhooks.control.WebhookSignatures;
import org.assay.webhooks.control.WebhookUrls;
import org.assay.webhooks.entity.Webhook;
import org.assay.webhooks.entity.WebhookEventLog;

/**
 * Webhook subscriptions (api-reference §3.16) and their delivery log (Assay extension), for App Admins: the
 * {@code api.webhooks.*} permissions belong to ROLE_ADMIN (and to tokens given them). Each webhook gets its own
 * Ed25519 key pair when it is created; the private key is stored sealed and never returned.
 */
@Stateless
public class WebhookFacade {

    static final String ENTITY = "WEBHOOK";
    static final String LOG_ENTITY = "WEBHOOK_EVENT_LOG";

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .string("name", "name")
            .string("url", "url")
            .id("technicalContactId", "technicalContactId")
            .stringSet("events", "events")
            .enumeration("status", "status", Webhook.Status.class)
            .build();

    static final QueryFields LOG_FIELDS = QueryFields.builder()
            .audited()
            .id("webhookId", "webhookId")
            .id("eventId", "eventId")
            .id("requestId", "id")
            .string("eventType", "eventType")
            .string("url", "url")
            .enumeration("status", "status", WebhookEventLog.Status.class)
            .dateTime("attemptStartDate", "attemptStartDate")
            .number("responseStatusCode", "responseStatusCode")
            .number("retryCount", "retryCount")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    WebhookKeys keys;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @RolesAllowed(WEBHOOKS_WRITE)
    public WebhookRead create(WebhookCreate request) {
        Set<String> events = check(request.name(), request.url(), request.technicalContactId(), request.events());
        Webhook webhook = new Webhook(request.name(), request.url(), request.technicalContactId(), events,
                request.status());
        KeyPair pair = WebhookSignatures.generate();
        webhook.keys(WebhookSignatures.publishedKey(pair.getPublic()),
                keys.vault().seal(webhook.getId(), pair.getPrivate().getEncoded()), clock.instant());
        store.create(webhook);
        return WebhookRead.of(webhook);
    }

    @RolesAllowed(WEBHOOKS_READ)
    public WebhookRead get(String id) {
        return WebhookRead.of(store.find(Webhook.class, ENTITY, id));
    }

    @RolesAllowed(WEBHOOKS_READ)
    public Page<WebhookRead> query(QueryRequest request) {
        return queries.page(Webhook.class, FIELDS, request, null).map(WebhookRead::of);
    }

    @RolesAllowed(WEBHOOKS_WRITE)
    public WebhookRead update(String id, WebhookUpdate request) {
        Webhook webhook = store.find(Webhook.class, ENTITY, id);
        store.checkVersion(webhook, ENTITY, request.version());
        Set<String> events = check(request.name(), request.url(), request.technicalContactId(), request.events());
        webhook.configure(request.name(), request.url(), request.technicalContactId(), events, request.status());
        store.modified(webhook);
        store.em().flush(); // the answer carries the incremented version
        return WebhookRead.of(webhook);
    }

    /** Deletes the subscription; its delivery log stays (deliveries in flight end without being retried). */
    @RolesAllowed(WEBHOOKS_DELETE)
    public void delete(String id) {
        store.delete(store.find(Webhook.class, ENTITY, id));
    }

    @RolesAllowed(WEBHOOKS_READ)
    public WebhookEventLogRead eventLog(String id) {
        return WebhookEventLogRead.of(store.find(WebhookEventLog.class, LOG_ENTITY, id));
    }

    @RolesAllowed(WEBHOOKS_READ)
    public Page<WebhookEventLogRead> queryEventLogs(QueryRequest request) {
        return queries.page(WebhookEventLog.class, LOG_FIELDS, request, null).map(WebhookEventLogRead::of);
    }

    /** Every problem of a create or update at once; answers the distinct event names. */
    private Set<String> check(String name, String url, String technicalContactId, List<WebhookEventType> events) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "name is required and must not be blank"));
        } else if (name.trim().length() > Webhook.NAME_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name", "name must have at most "
                    + Webhook.NAME_MAX + " characters, it has " + name.trim().length()));
        }
        if (url != null && url.trim().length() > Webhook.URL_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "url", "url must have at most "
                    + Webhook.URL_MAX + " characters"));
        } else {
            WebhookUrls.problem(url, settings.allowLoopback())
                    .ifPresent(reason -> problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "url", reason)));
        }
        technicalContactProblem(technicalContactId)
                .ifPresent(reason -> problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "technicalContactId",
                        reason)));
        if (events == null || events.isEmpty()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "events",
                    "events is required: name at least one event to deliver")
                    .withSuggestedValues(Arrays.stream(WebhookEventType.values()).map(Enum::name).toList()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> names = new LinkedHashSet<>();
        events.forEach(event -> names.add(event.name()));
        return names;
    }

    /** The technical contact is notified about webhook problems: an enabled App Admin who is a person. */
    private Optional<String> technicalContactProblem(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.of("technicalContactId is required: the id of an App Admin to notify about "
                    + "problems with this webhook");
        }
        User user = store.exists(User.class, userId) ? store.em().find(User.class, userId) : null;
        if (user == null) {
            return Optional.of("no user has id " + userId);
        }
        if (!user.isEnabled() || user.isServiceAccount() || user.getRole() != Role.ROLE_ADMIN) {
            return Optional.of("user " + userId + " cannot be the technical contact: it must be an "
                    + "enabled App Admin (ROLE_ADMIN) and not an API token's user");
        }
        return Optional.empty();
    }
}

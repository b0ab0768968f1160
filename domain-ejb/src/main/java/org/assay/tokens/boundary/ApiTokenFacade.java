package org.assay.tokens.boundary;

import static org.assay.access.control.Permissions.API_TOKENS_DELETE;
import static org.assay.access.control.Permissions.API_TOKENS_READ;
import static org.assay.access.control.Permissions.API_TOKENS_WRITE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assay.access.boundary.CallerContext;
import org.assay.audit.boundary.AuditQueue;
import org.assay.audit.entity.AuditEventType;
import org.assay.platform.boundary.DuplicateValueException;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.PermissionDeniedException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.tokens.control.IpRange;
import org.assay.tokens.control.TokenRules;
import org.assay.tokens.control.TokenSecrets;
import org.assay.tokens.entity.ApiToken;
import org.assay.users.entity.Role;
import org.assay.users.entity.User;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API token lifecycle. Tokens belong to the installation, not to whoever made them. Nobody can hand out more
 * than they hold: a caller may create tokens only with permissions it has and (when it is itself a token) an
 * expiry no later than its own, and may renew, disable or delete only tokens whose permissions it all holds.
 * Every change evicts the token from the authentication cache, so the old secret's next use is refused.
 */
@Stateless
public class ApiTokenFacade {

    static final String ENTITY = "API_TOKEN";
    /** How long a renewed token's predecessor may keep working, at most. */
    static final Duration MAX_GRACE = Duration.ofDays(7);

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("name", "name")
            .id("userId", "userId")
            .string("partialToken", "partialToken")
            .dateTime("expiry", "expiry")
            .stringSet("permissions", "permissions")
            .stringSet("allowedAddresses", "allowedAddresses")
            .dateTime("disabledAt", "disabledAt")
            .dateTime("endsAt", "endsAt")
            .id("renewedFromId", "renewedFromId")
            .id("renewedToId", "renewedToId")
            .id("createdUserInfo.userId", "createdUserInfo.userId")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .number("version", "version")
            .build();

    @Inject
    WebhookEvents webhooks;

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    CallerContext caller;

    @Inject
    TokenRegistry registry;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.tokens.max-lifetime", defaultValue = "P730D")
    Duration maxLifetime;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditQueue auditQueue;

    /** The bounds a token created now must keep (the API page bounds its expiry and grace pickers with them). */
    @RolesAllowed(API_TOKENS_WRITE)
    public ApiTokenLimits limits() {
        return new ApiTokenLimits(TokenRules.latestExpiry(clock.instant(), maxLifetime), maxLifetime, MAX_GRACE,
                TokenRules.MAX_ADDRESSES);
    }

    @RolesAllowed(API_TOKENS_WRITE)
    public ApiTokenRead create(ApiTokenCreate request) {
        Instant now = clock.instant();
        List<Problem> problems = TokenRules.check(request.name(), request.expiry(), request.permissions(),
                request.allowedAddresses(), now, maxLifetime);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> permissions = new TreeSet<>(request.permissions());
        refuseMorePower(permissions, "create a token with");
        refuseLongerLife(request.expiry().toInstant());
        refuseWiderAddresses(request.allowedAddresses());
        refuseDuplicateName(request.name());
        User tokenUser = new User(TokenUsers.email(), Role.ROLE_USER);
        tokenUser.markServiceAccount();
        tokenUser.setNames(request.name().trim(), null);
        store.create(tokenUser);
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(request.name(), registry.hash(secret), TokenSecrets.partial(secret),
                request.expiry().toInstant(), tokenUser.getId(), permissions,
                request.allowedAddresses() == null ? List.of() : request.allowedAddresses());
        store.create(token);
        store.flush(() -> duplicateName(request.name()));
        audit(AuditEventType.TOKEN_CREATED, token, "permissions " + permissions + ", expiry " + token.getExpiry()
                + (token.getAllowedAddresses().isEmpty() ? "" : ", allowed addresses " + token.getAllowedAddresses()));
        return ApiTokenRead.of(token).withSecret(secret);
    }

    @RolesAllowed(API_TOKENS_READ)
    public ApiTokenRead get(String id) {
        return ApiTokenRead.of(find(id));
    }

    /** The token this request was made with; answered from the authentication cache when it is fresh. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiTokenRead current() {
        String tokenId = caller.tokenId().orElseThrow(() -> new EntityNotFoundException(ENTITY, "current"));
        return registry.cached(tokenId).map(TokenSnapshot::read).orElseGet(() -> ApiTokenRead.of(find(tokenId)));
    }

    @RolesAllowed(API_TOKENS_READ)
    public Page<ApiTokenRead> query(QueryRequest request) {
        return queries.<ApiToken>page(ApiToken.class, FIELDS, request, (cb, root) -> cb.isNull(root.get("deletedAt")))
                .map(ApiTokenRead::of);
    }

    @RolesAllowed(API_TOKENS_WRITE)
    public ApiTokenRead update(String id, ApiTokenUpdate request) {
        ApiToken token = find(id);
        store.checkVersion(token, ENTITY, request.version());
        refuseMorePower(token.getPermissions(), "rename a token with");
        List<Problem> problems = new ArrayList<>();
        TokenRules.checkName(request.name(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!ApiToken.nameKey(request.name()).equals(ApiToken.nameKey(token.getName()))) {
            refuseDuplicateName(request.name());
        }
        token.rename(request.name());
        store.modified(token);
        User tokenUser = store.em().find(User.class, token.getUserId());
        if (tokenUser != null) {
            tokenUser.setNames(token.getName(), null);
            store.modified(tokenUser);
        }
        store.flush(() -> duplicateName(request.name()));
        evictNowAndAfterCommit(token.getId());
        audit(AuditEventType.TOKEN_RENAMED, token, "renamed to " + token.getName());
        return ApiTokenRead.of(token);
    }

    /** Stops the token at once; it stays listed with {@code disabledAt}. Renewing it issues a working successor. */
    @RolesAllowed(API_TOKENS_WRITE)
    public ApiTokenRead disable(String id) {
        ApiToken token = find(id);
        refuseMorePower(token.getPermissions(), "disable a token with");
        // a stolen token may have renewed itself first: its successors are disabled with it
        for (ApiToken next = token; next != null;
                next = next.getRenewedToId().map(successor -> store.em().find(ApiToken.class, successor)).orElse(null)) {
            if (next.getDeletedAt().isEmpty()) {
                next.disable(clock.instant());
                store.modified(next);
                evictNowAndAfterCommit(next.getId());
                audit(AuditEventType.TOKEN_DISABLED, next, next == token ? null : "successor of " + token.getId());
            }
        }
        return ApiTokenRead.of(token);
    }

    /** Ends the token at once and for good; its API Token User goes with its last token. */
    @RolesAllowed(API_TOKENS_DELETE)
    public void delete(String id) {
        ApiToken token = find(id);
        refuseMorePower(token.getPermissions(), "delete a token with");
        token.markDeleted(clock.instant());
        store.modified(token);
        store.em().flush();
        long remaining = store.em().createNamedQuery(ApiToken.COUNT_UNDELETED_FOR_USER, Long.class)
                .setParameter("userId", token.getUserId()).getSingleResult();
        User tokenUser = store.em().find(User.class, token.getUserId());
        if (remaining == 0 && tokenUser != null) {
            store.delete(tokenUser);
        }
        evictNowAndAfterCommit(token.getId());
        audit(AuditEventType.TOKEN_DELETED, token, null);
    }

    /**
     * Issues a successor (new id, new secret) with the same name, permissions and allowed addresses, acting as the
     * same API Token User. The old token ends now, or at {@code oldTokenEndsAt} within {@link #MAX_GRACE}.
     */
    @RolesAllowed(API_TOKENS_WRITE)
    public ApiTokenRead renew(String id, ApiTokenRenewal request) {
        ApiToken old = find(id);
        refuseMorePower(old.getPermissions(), "renew a token with");
        if (old.getRenewedToId().isPresent()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "id",
                    "this token was already renewed: renew its successor " + old.getRenewedToId().get());
        }
        Instant now = clock.instant();
        Instant expiry = request.expiry() != null ? request.expiry().toInstant() : defaultRenewedExpiry(old, now);
        Instant oldEnd = request.oldTokenEndsAt() == null ? now : request.oldTokenEndsAt().toInstant();
        List<Problem> problems = new ArrayList<>();
        TokenRules.checkExpiry(expiry, now, maxLifetime, problems);
        if (oldEnd.isBefore(now.minusSeconds(1)) || oldEnd.isAfter(now.plus(MAX_GRACE))) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "oldTokenEndsAt",
                    "oldTokenEndsAt must be between now and " + MAX_GRACE.toDays() + " days from now"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        refuseLongerLife(expiry);
        refuseWiderAddresses(old.getAllowedAddresses());
        String secret = TokenSecrets.newSecret();
        ApiToken successor = new ApiToken(old.getName(), registry.hash(secret), TokenSecrets.partial(secret), expiry,
                old.getUserId(), old.getPermissions(), old.getAllowedAddresses());
        successor.markRenewalOf(old.getId());
        old.replaceBy(successor.getId(), oldEnd.isBefore(now) ? now : oldEnd);
        store.modified(old);
        store.em().flush(); // the old token gives up its live name before the successor takes it
        refuseDuplicateName(old.getName());
        store.create(successor);
        store.flush(() -> duplicateName(old.getName()));
        evictNowAndAfterCommit(old.getId());
        audit(AuditEventType.TOKEN_RENEWED, old, "renewed as " + successor.getId() + " (" + successor.getPartialToken()
                + "), expiry " + successor.getExpiry() + "; the old token ends " + old.effectiveEnd());
        return ApiTokenRead.of(successor).withSecret(secret);
    }

    /** The old token's lifetime again, from now; never beyond what the rules or the calling token allow. */
    private Instant defaultRenewedExpiry(ApiToken old, Instant now) {
        Duration lifetime = Duration.between(old.getCreationDate(), old.getExpiry());
        Instant expiry = now.plus(lifetime.isNegative() || lifetime.isZero() ? Duration.ofDays(1) : lifetime);
        Instant latest = TokenRules.latestExpiry(now, maxLifetime);
        expiry = expiry.isAfter(latest) ? latest : expiry;
        Instant callerEnd = callingTokenEnd();
        return callerEnd != null && expiry.isAfter(callerEnd) ? callerEnd : expiry;
    }

    private ApiToken find(String id) {
        ApiToken token = store.find(ApiToken.class, ENTITY, id);
        if (token.getDeletedAt().isPresent()) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        return token;
    }

    private void refuseMorePower(Collection<String> permissions, String action) {
        List<String> missing = caller.missingPermissions(permissions);
        if (!missing.isEmpty()) {
            throw new PermissionDeniedException("you may not " + action + " permissions you do not hold: "
                    + String.join(", ", missing));
        }
    }

    /** A token may not give life beyond its own end to the tokens it makes or renews. */
    private void refuseLongerLife(Instant expiry) {
        Instant callerEnd = callingTokenEnd();
        if (callerEnd != null && expiry.isAfter(callerEnd)) {
            throw new PermissionDeniedException("a token cannot make or renew a token that outlives it (it ends "
                    + callerEnd + ")");
        }
    }

    /** A token limited to some addresses may only hand out tokens limited to (some of) those addresses. */
    private void refuseWiderAddresses(List<String> addresses) {
        Optional<ApiToken> callerToken = caller.tokenId().map(id -> store.em().find(ApiToken.class, id));
        if (callerToken.isEmpty() || callerToken.get().getAllowedAddresses().isEmpty()) {
            return;
        }
        List<IpRange> own = callerToken.get().getAllowedAddresses().stream().map(IpRange::parse)
                .flatMap(Optional::stream).toList();
        List<String> wanted = addresses == null ? List.of() : addresses;
        boolean narrower = !wanted.isEmpty() && wanted.stream().map(IpRange::parse)
                .allMatch(range -> range.isPresent() && own.stream().anyMatch(mine -> mine.covers(range.get())));
        if (!narrower) {
            throw new PermissionDeniedException("a token limited to " + callerToken.get().getAllowedAddresses()
                    + " can only hand out tokens limited to those addresses");
        }
    }

    private Instant callingTokenEnd() {
        return caller.tokenId().map(id -> store.em().find(ApiToken.class, id)).map(ApiToken::effectiveEnd).orElse(null);
    }

    /** Refuses a name a usable token holds; a token that has expired gives its name up. */
    private void refuseDuplicateName(String name) {
        Instant now = clock.instant();
        for (ApiToken holder : store.em().createNamedQuery(ApiToken.BY_LIVE_NAME, ApiToken.class)
                .setParameter("nameKey", ApiToken.nameKey(name)).getResultList()) {
            if (holder.usableAt(now)) {
                throw duplicateName(name);
            }
            holder.releaseName();
            store.em().flush();
        }
    }

    private static DuplicateValueException duplicateName(String name) {
        return new DuplicateValueException(ENTITY, "name", name.trim());
    }

    /**
     * A lifecycle event, attributed to the caller, for the audit log and the token webhooks; the token is named by
     * id and partial token only.
     */
    private void audit(AuditEventType type, ApiToken token, String detail) {
        auditQueue.event(type, caller.userId(), caller.tokenId().orElse(null), null,
                "token " + token.getId() + " (" + token.getPartialToken() + ", \"" + token.getName() + "\")"
                        + (detail == null ? "" : ": " + detail));
        WebhookEventType event = switch (type) {
            case TOKEN_CREATED -> WebhookEventType.API_TOKEN_CREATED;
            case TOKEN_RENEWED -> WebhookEventType.API_TOKEN_RENEWED;
            case TOKEN_DISABLED -> WebhookEventType.API_TOKEN_DISABLED;
            case TOKEN_DELETED -> WebhookEventType.API_TOKEN_DELETED;
            default -> null;
        };
        if (event != null) {
            webhooks.publish(WebhookEvent.of(event, caller.userId(), "tokenId", token.getId(), "partialToken",
                    token.getPartialToken(), "name", token.getName()));
        }
    }

    private void evictNowAndAfterCommit(String tokenId) {
        registry.evict(tokenId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                registry.evict(tokenId);
            }
        });
    }
}

package org.assay.jobs.boundary;

import java.time.Instant;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiAsyncResultRead}. */
public record AsyncResultRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, AsyncResult.Type type,
        AsyncResult.Status status, String entityId, AsyncResult.EntityType entityType, String error,
        String errorMessage) {

    public static AsyncResultRead of(AsyncResult a) {
        return new AsyncResultRead(a.getId(), a.getVersion(), a.getCreationDate(), a.getLastModifiedDate(),
                UserInfoRead.of(a.getCreatedUserInfo()), UserInfoRead.of(a.getLastModifiedUserInfo()), a.getType(),
                a.getStatus(), a.getEntityId(), a.getEntityType(), a.getError(), a.getErrorMessage());
    }
}

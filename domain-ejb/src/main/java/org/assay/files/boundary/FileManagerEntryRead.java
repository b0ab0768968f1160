package org.assay.files.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.files.entity.FileManagerEntry;
import org.assay.platform.boundary.UserInfoRead;

/**
 * {@code ApiFileManagerFileRead} or {@code ApiFileManagerDirectoryRead}, by {@code type}: a directory has none of
 * the file properties (null properties are omitted). {@code engagementId} and {@code version} are always present,
 * the client's model requires them.
 */
public record FileManagerEntryRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String type, String engagementId,
        String parentFileManagerEntityId, String name, String originalName, String extension, List<String> status,
        String fileInfoId) {

    public static FileManagerEntryRead of(FileManagerEntry e) {
        boolean file = !e.isDirectory();
        return new FileManagerEntryRead(e.getId(), e.getVersion(), e.getCreationDate(), e.getLastModifiedDate(),
                UserInfoRead.of(e.getCreatedUserInfo()), UserInfoRead.of(e.getLastModifiedUserInfo()), e.getType().name(),
                e.getEngagementId(), e.getParentFileManagerEntityId(), e.getName(), file ? e.getOriginalName() : null,
                file ? e.getExtension() : null, file ? (e.isModified() ? List.of("MODIFIED") : List.of()) : null,
                file ? e.getFileInfoId() : null);
    }
}

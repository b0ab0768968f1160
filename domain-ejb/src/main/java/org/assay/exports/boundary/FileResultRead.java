package org.assay.exports.boundary;

import java.time.Instant;
import org.assay.exports.entity.FileResult;
import org.assay.platform.boundary.UserInfoRead;

/** A file result ({@code ApiFileExportRead}): {@code size} is 0 until the job that writes it has completed. */
public record FileResultRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String fileName, long size) {

    public static FileResultRead of(FileResult f) {
        return new FileResultRead(f.getId(), f.getVersion(), f.getCreationDate(), f.getLastModifiedDate(),
                UserInfoRead.of(f.getCreatedUserInfo()), UserInfoRead.of(f.getLastModifiedUserInfo()),
                f.getFileName(), f.getSize());
    }
}

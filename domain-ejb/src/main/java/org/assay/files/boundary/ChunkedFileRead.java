package org.assay.files.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.files.entity.ChunkedFile;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiChunkedFileRead}, its parts in offset order. */
public record ChunkedFileRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String name, long size,
        List<PartRead> chunkedFileParts) {

    /** {@code ApiChunkedFilePartRead}. */
    public record PartRead(long offset, long size) {
    }

    public static ChunkedFileRead of(ChunkedFile f) {
        return new ChunkedFileRead(f.getId(), f.getVersion(), f.getCreationDate(), f.getLastModifiedDate(),
                UserInfoRead.of(f.getCreatedUserInfo()), UserInfoRead.of(f.getLastModifiedUserInfo()), f.getName(),
                f.getSize(), f.getParts().stream().map(p -> new PartRead(p.getOffset(), p.getSize())).toList());
    }
}

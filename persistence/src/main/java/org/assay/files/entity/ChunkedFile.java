package org.assay.files.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.assay.platform.entity.AuditedEntity;

/**
 * A file uploaded in parts (files over 50 MiB in the official client): the declared name and size, and each part
 * received so far with the vault blob holding its bytes. Imported into the file manager once complete.
 */
@Entity
@Table(name = "chunked_file")
public class ChunkedFile extends AuditedEntity {

    public static final int NAME_MAX = 276;
    /** The official client sends at most this many parts (50 MiB each). */
    public static final int MAX_PARTS = 1000;

    /** One received part. */
    @Embeddable
    public static class Part {

        @Column(name = "part_offset", nullable = false)
        private long offset;

        @Column(name = "part_size", nullable = false)
        private long size;

        @Column(name = "blob_id", length = 24, nullable = false)
        private String blobId;

        protected Part() {
        }

        public Part(long offset, long size, String blobId) {
            this.offset = offset;
            this.size = size;
            this.blobId = blobId;
        }

        public long getOffset() {
            return offset;
        }

        public long getSize() {
            return size;
        }

        public String getBlobId() {
            return blobId;
        }

        public long end() {
            return offset + size;
        }
    }

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private long size;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chunked_file_part", joinColumns = @JoinColumn(name = "chunked_file_id"))
    private List<Part> parts = new ArrayList<>();

    protected ChunkedFile() {
    }

    public ChunkedFile(String name, long size) {
        this.name = name;
        this.size = size;
    }

    public void addPart(Part part) {
        parts.add(part);
    }

    /** The parts in offset order. */
    public List<Part> getParts() {
        return parts.stream().sorted(Comparator.comparingLong(Part::getOffset)).toList();
    }

    /** Whether the parts cover {@code [0, size)} exactly, without gaps or overlaps. */
    public boolean isComplete() {
        long next = 0;
        for (Part part : getParts()) {
            if (part.getOffset() != next) {
                return false;
            }
            next = part.end();
        }
        return next == size;
    }

    public String getName() {
        return name;
    }

    public long getSize() {
        return size;
    }
}

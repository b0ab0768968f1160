package org.assay.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One sign-in (or, for an API Token User, one use of its token): when, and from which address. */
@Embeddable
public class LoginRecord {

    @Column(name = "login_time", nullable = false)
    private Instant timestamp;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    protected LoginRecord() {
    }

    public LoginRecord(Instant timestamp, String ipAddress) {
        this.timestamp = timestamp;
        this.ipAddress = ipAddress;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public String getIpAddress() {
        return ipAddress;
    }
}

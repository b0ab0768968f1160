package org.assay.platform.query;

/** The ENUM field of {@link TestAccount}. */
public enum AccountStatus {
    OPEN, CLOSED, PENDING
}

package org.assay.accountmappings.boundary;

/** The body {@code {"engagementId": …}} of the account-mapping actions. */
public record EngagementReference(String engagementId) {
}

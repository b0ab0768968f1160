package org.assay.accountmappings.boundary;

import java.util.List;

/** {@code ApiAccountMappingUpdate}: the account's code (null = unmapped) and tags, guarded by {@code version}. */
public record AccountMappingUpdate(Long version, String code, List<String> accountTags) {
}

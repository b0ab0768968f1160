package org.assay.platform.query;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

/** Resolves a dotted attribute path ("createdUserInfo.userId") against a query root, through embeddables. */
final class AttributePaths {

    private AttributePaths() {
    }

    @SuppressWarnings("unchecked")
    static <Y> Path<Y> resolve(Root<?> root, String attributePath) {
        Path<?> path = root;
        try {
            for (String attribute : attributePath.split("\\.")) {
                path = path.get(attribute);
            }
        } catch (IllegalArgumentException e) {
            // A wrong QueryFields declaration, not a client error.
            throw new IllegalStateException("no attribute path '" + attributePath + "' on "
                    + root.getJavaType().getName(), e);
        }
        return (Path<Y>) path;
    }
}

package org.assay.platform.boundary;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A {@code POST /<resource>/query} call as received: the filter body and the raw {@code page}, {@code size} and
 * {@code sort} parameters (parsed by {@link EntityQueries} so that a bad value is a 400 naming the parameter).
 */
public record QueryRequest(JsonObject filter, String page, String size, List<String> sort) {
}

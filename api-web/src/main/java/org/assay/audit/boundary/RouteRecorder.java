package org.assay.audit.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.stream.Collectors;

/**
 * Tells the audit log which route a call matched — the template ({@code /api/v1/api-tokens/{id}}), not the
 * concrete path — and the ids in it, once JAX-RS has chosen the resource method.
 */
@Provider
public class RouteRecorder implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        StringBuilder route = new StringBuilder(request.getServletPath());
        append(route, resource.getResourceClass().getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        request.setAttribute(AuditFilter.ROUTE, route.toString());
        MultivaluedMap<String, String> ids = context.getUriInfo().getPathParameters();
        if (!ids.isEmpty()) {
            request.setAttribute(AuditFilter.RESOURCE_IDS, ids.entrySet().stream()
                    .map(e -> e.getKey() + "=" + String.join("|", e.getValue())).collect(Collectors.joining(",")));
        }
    }

    private static void append(StringBuilder route, Path path) {
        if (path != null && !path.value().isEmpty()) {
            route.append('/').append(path.value().replaceAll("^/+|/+$", ""));
        }
    }
}

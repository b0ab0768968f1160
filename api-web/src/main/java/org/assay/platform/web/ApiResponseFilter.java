package org.assay.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Conventions of every API exchange: the official client sends no {@code Accept} header and some tools send
 * {@code text/html}, so the header is ignored (the API always answers JSON); each answer carries its request id.
 * (Security and caching headers: {@link SecurityHeadersFilter}.)
 */
@Provider
@PreMatching
public class ApiResponseFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext) {
        requestContext.getHeaders().remove(HttpHeaders.ACCEPT);
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        responseContext.getHeaders().putSingle(RequestIds.HEADER, RequestIds.of(request));
    }
}

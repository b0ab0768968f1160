package org.assay.tokens.boundary;

import static org.assay.access.control.Permissions.API_TOKENS_DELETE;
import static org.assay.access.control.Permissions.API_TOKENS_READ;
import static org.assay.access.control.Permissions.API_TOKENS_WRITE;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api-tokens} (api-reference §1), with Assay's renew and disable extensions. */
@Path("api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class ApiTokensResource {

    @Inject
    ApiTokenFacade tokens;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(API_TOKENS_WRITE)
    @Operation(summary = "Create an API token",
            description = "The answer's `token` is the secret: it is shown this once and cannot be read again. "
                    + "A token can only be given permissions, and (when a token creates it) an expiry, its creator has.")
    public Response create(ApiTokenCreate body) {
        ApiTokenRead created = tokens.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("current")
    @PermitAll
    @Operation(summary = "The API token this request is made with", description = "404 when called with a JWT.")
    public ApiTokenRead current() {
        return tokens.current();
    }

    @GET
    @Path("limits")
    @RolesAllowed(API_TOKENS_WRITE)
    @Operation(summary = "The bounds of a token created now — Assay extension",
            description = "`latestExpiry` (the configured maximum lifetime from now, at most two years), `maxLifetime`, "
                    + "`maxGracePeriod` of a renewal and `maxAllowedAddresses`, as the API page's pickers use them.",
            extensions = @Extension(name = "x-assay-extension", value = "true"))
    public ApiTokenLimits limits() {
        return tokens.limits();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(API_TOKENS_READ)
    @Operation(summary = "Read an API token (never its secret)")
    public ApiTokenRead get(@PathParam("id") String id) {
        return tokens.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(API_TOKENS_WRITE)
    @Operation(summary = "Rename an API token", description = "Only `name` changes; send the version of your last read.")
    public ApiTokenRead update(@PathParam("id") String id, ApiTokenUpdate body) {
        return tokens.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(API_TOKENS_DELETE)
    @Operation(summary = "Delete an API token", description = "Immediate and final: its next use is refused.")
    public Response delete(@PathParam("id") String id) {
        tokens.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(API_TOKENS_READ)
    @Operation(summary = "Query API tokens", description = "E.g. tokens expiring soon: {\"expiry\": {\"$lt\": \"…\"}}.")
    public PageEnvelope<ApiTokenRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(tokens.query(params.with(filter)));
    }

    @POST
    @Path("{id}/renew")
    @RolesAllowed(API_TOKENS_WRITE)
    @Operation(summary = "Renew (rotate) an API token — Assay extension",
            description = "Issues a new token (new id, new secret in `token`) with the same name, permissions and "
                    + "allowed addresses, acting as the same API Token User; `renewedFromId` links it to the old one. "
                    + "Body (optional): `expiry` (default: the old lifetime from now, clamped to the maximum) and "
                    + "`oldTokenEndsAt` (default: the old token ends at once; at most 7 days ahead). Disabled and "
                    + "expired tokens can be renewed — the runbook for a compromised token is disable, then renew.",
            extensions = @Extension(name = "x-assay-extension", value = "true"))
    public Response renew(@PathParam("id") String id, ApiTokenRenewal body) {
        ApiTokenRead renewed = tokens.renew(id, body == null ? new ApiTokenRenewal(null, null) : body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api-tokens").path(renewed.id()).build())
                .entity(renewed).build();
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(API_TOKENS_WRITE)
    @Operation(summary = "Disable an API token — Assay extension",
            description = "Stops the token at once; it stays listed with `disabledAt`. Renew it to issue a successor.",
            extensions = @Extension(name = "x-assay-extension", value = "true"))
    public ApiTokenRead disable(@PathParam("id") String id, JsonObject ignored) {
        return tokens.disable(id);
    }
}

package org.assay.users.boundary;

import static org.assay.access.control.Permissions.USERS_DELETE;
import static org.assay.access.control.Permissions.USERS_READ;
import static org.assay.access.control.Permissions.USERS_WRITE;

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
import org.assay.platform.web.Links;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /users}: the user directory (api-reference §2). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

    @Inject
    UserFacade users;

    @Inject
    Links links;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(USERS_WRITE)
    @Operation(summary = "Invite a user (email + role)",
            description = "Answers the user with `activationLink` (Assay extension): pass it on; it sets the password once.")
    public Response create(UserCreate body) {
        UserInvitation invitation = users.create(body);
        UserRead user = withLink(invitation);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(user.id()).build()).entity(user).build();
    }

    @GET
    @Path("current")
    @PermitAll
    @Operation(summary = "The calling user (for an API token: its API Token User)")
    public UserRead current() {
        return users.current();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(USERS_READ)
    @Operation(summary = "Read a user")
    public UserRead get(@PathParam("id") String id) {
        return users.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(USERS_WRITE)
    @Operation(summary = "Change a user's role or enabled state", description = "Send the version of your last read.")
    public UserRead update(@PathParam("id") String id, UserUpdate body) {
        return users.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(USERS_DELETE)
    @Operation(summary = "Delete a user")
    public Response delete(@PathParam("id") String id) {
        users.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(USERS_READ)
    @Operation(summary = "Query users")
    public PageEnvelope<UserRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(users.query(params.with(filter)));
    }

    @POST
    @Path("{id}/resend-activation-link")
    @RolesAllowed(USERS_WRITE)
    @Operation(summary = "Issue a new activation link for a user who has not activated yet")
    public UserRead resendActivationLink(@PathParam("id") String id, JsonObject ignored) {
        return withLink(users.resendActivationLink(id));
    }

    private UserRead withLink(UserInvitation invitation) {
        return invitation.user().withActivationLink(links.activation(uriInfo, invitation.activationSecret()));
    }
}

package org.assay.access;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.access.boundary.AccessToken;
import org.assay.access.boundary.EmbeddedIssuer;
import org.assay.users.boundary.Authentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The embedded identity provider: password sign-in for a short-lived JWT, and account activation. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Assay's embedded identity provider (outside /api/v1)")
@SecurityRequirements
public class AuthResource {

    /** {@code POST /auth/token} body. */
    public record SignIn(String email, String password) {
    }

    /** {@code POST /auth/activate} body: the secret of the activation link and the chosen password. */
    public record Activation(String token, String password) {
    }

    @Inject
    Authentication authentication;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    EmbeddedIssuer issuer;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token")
    @Operation(summary = "Sign in with email and password",
            description = "Answers {access_token, token_type: Bearer, expires_in}: a signed JWT for the API. 401 for "
                    + "wrong credentials or a disabled user.")
    public AccessToken token(SignIn signIn) {
        return authentication.signIn(signIn.email(), signIn.password(), clientAddresses.of(request));
    }

    @GET
    @Path("jwks")
    @Operation(summary = "The embedded issuer's public signing key as a JSON Web Key Set",
            description = "For services that verify Assay's JWTs themselves (RFC 7517).")
    public JsonObject jwks() {
        return issuer.jwks();
    }

    @POST
    @Path("activate")
    @Operation(summary = "Set the password of a new user from the one-time activation link",
            description = "The link's secret works once and expires (assay.users.activation-validity).")
    public Response activate(Activation activation) {
        authentication.activate(activation.token(), activation.password());
        return Response.noContent().build();
    }
}

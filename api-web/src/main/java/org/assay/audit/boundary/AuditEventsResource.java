package org.assay.audit.boundary;

import static org.assay.access.control.Permissions.APP_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.assay.audit.control.AuditChain;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /audit-events}: the audit log for App Admins (Assay extension). */
@Path("audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditEventsResource {

    @Inject
    AuditFacade audit;

    @POST
    @Path("query")
    @RolesAllowed(APP_ADMIN)
    @Operation(summary = "Query the audit log — Assay extension",
            description = "MQL over id, node, sequence, time, type, requestId, userId, tokenId, partialToken, "
                    + "clientAddress, userAgent, method, route, resourceIds, status, latencyMillis, detail; oldest first.",
            extensions = @Extension(name = "x-assay-extension", value = "true"))
    public PageEnvelope<AuditEventRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(audit.query(params.with(filter)));
    }

    @POST
    @Path("export")
    @RolesAllowed(APP_ADMIN)
    @Produces("text/csv")
    @Operation(summary = "Export the audit log as CSV — Assay extension",
            description = "Same filter as query; streams every matching record with a header row.",
            extensions = @Extension(name = "x-assay-extension", value = "true"))
    public Response export(@BeanParam QueryParams params, JsonObject filter) {
        StreamingOutput csv = output -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8))) {
                audit.export(params.with(filter), writer);
            }
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"").build();
    }

    @GET
    @Path("verify")
    @RolesAllowed(APP_ADMIN)
    @Operation(summary = "Verify the audit log's hash chain — Assay extension",
            description = "Recomputes every record's hash and link; names the first record where the chain breaks.",
            extensions = @Extension(name = "x-assay-extension", value = "true"))
    public AuditChain.Verdict verify() {
        return audit.verify();
    }
}

package org.assay.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.assay.accountgroupings.boundary.EngagementAccountGroupingsResource;
import org.assay.accountmappings.boundary.AccountMappingsResource;
import org.assay.analyses.boundary.AnalysesResource;
import org.assay.audit.boundary.AuditEventsResource;
import org.assay.audit.boundary.RouteRecorder;
import org.assay.catalogue.boundary.AnalysisSourceTypesResource;
import org.assay.catalogue.boundary.AnalysisTypesResource;
import org.assay.catalogue.boundary.LibrariesResource;
import org.assay.engagements.boundary.EngagementsResource;
import org.assay.adminreports.boundary.AdminReportsResource;
import org.assay.exports.boundary.FileResultsResource;
import org.assay.files.boundary.ChunkedFilesResource;
import org.assay.files.boundary.FileManagerResource;
import org.assay.jobs.boundary.AsyncResultsResource;
import org.assay.organizations.boundary.OrganizationsResource;
import org.assay.results.boundary.AnalysisResultsResource;
import org.assay.results.boundary.DataTablesResource;
import org.assay.riskranges.boundary.RiskRangesResource;
import org.assay.sources.boundary.AnalysisSourcesResource;
import org.assay.tasks.boundary.TasksResource;
import org.assay.tokens.boundary.ApiTokensResource;
import org.assay.users.boundary.UsersResource;
import org.assay.webhooks.boundary.WebhookEventLogsResource;
import org.assay.webhooks.boundary.WebhooksResource;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The MindBridge partner API at {@code /api/v1} on the server root. Its resources are listed here, not scanned,
 * because the WAR holds a second application ({@link AuthApplication}) whose resources must not appear under
 * {@code /api/v1}. {@code @LoginConfig} switches MicroProfile JWT on for the deployment.
 */
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "assay")
@OpenAPIDefinition(info = @Info(title = "Assay — MindBridge partner API", version = "v1",
        description = "MindBridge-compatible API served by Assay. Every /api/v1 operation needs a bearer credential "
                + "(an API token or a JWT); each operation lists the permission it requires."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token (assay_…) or a JWT from POST /auth/token or the configured identity provider")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(WebProviders.ALL);
        classes.add(UsersResource.class);
        classes.add(OrganizationsResource.class);
        classes.add(FileResultsResource.class);
        classes.add(AdminReportsResource.class);
        classes.add(LibrariesResource.class);
        classes.add(AnalysisTypesResource.class);
        classes.add(AnalysisSourceTypesResource.class);
        classes.add(ApiTokensResource.class);
        classes.add(AuditEventsResource.class);
        classes.add(EngagementsResource.class);
        classes.add(AnalysesResource.class);
        classes.add(AnalysisSourcesResource.class);
        classes.add(AsyncResultsResource.class);
        classes.add(AnalysisResultsResource.class);
        classes.add(DataTablesResource.class);
        classes.add(TasksResource.class);
        classes.add(RiskRangesResource.class);
        classes.add(EngagementAccountGroupingsResource.class);
        classes.add(AccountMappingsResource.class);
        classes.add(FileManagerResource.class);
        classes.add(ChunkedFilesResource.class);
        classes.add(WebhooksResource.class);
        classes.add(WebhookEventLogsResource.class);
        classes.add(RouteRecorder.class);
        return classes;
    }
}

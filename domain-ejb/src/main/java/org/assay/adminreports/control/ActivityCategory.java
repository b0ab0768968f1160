package org.assay.adminreports.control;

import java.util.Map;
import java.util.Optional;
import org.assay.audit.entity.AuditEventType;

/**
 * The activity categories of the reference's activity report (api-reference.md §3.17) and which audit records
 * fall in each: an API call by the resource its route names, a security event by what it is about.
 */
public enum ActivityCategory {
    ACCOUNT_GROUPING, ACCOUNT_MAPPING, ADMIN_REPORT, ANALYSIS, ANALYSIS_SETTINGS, ANALYSIS_TYPE, API_TOKEN,
    AUDIT_ANNOTATION, COLLECTION_ASSIGNMENT, CUSTOM_CONTROL_POINT, ENGAGEMENT, ENGAGEMENT_ACCOUNT_GROUP, FILE_LOCKER,
    FILE_MANAGER, FILTER, GDPDU, INGESTION, INTEGRATIONS, LIBRARY, MIGRATION, ORGANIZATION, POPULATION, QUERY, RATIO,
    REPORT_BUILDER, REPORT, RESULTS_EXPORT, RISK_RANGES, RISK_SEGMENTATION_DASHBOARD, SCIM_API, SUPPORT_ACCESS, TASK,
    USER, WORKFLOW, PAGE_VIEW, ANALYSIS_SOURCE, WEBHOOK, PROCEDURE_INSTANCE, CLOUD_ELEMENTS,
    ENGAGEMENT_ACCOUNT_GROUPING_NODE;

    private static final String API = "/api/v1/";

    /** The first path segment under {@code /api/v1} → category. */
    private static final Map<String, ActivityCategory> BY_RESOURCE = Map.ofEntries(
            Map.entry("account-groupings", ACCOUNT_GROUPING),
            Map.entry("account-mappings", ACCOUNT_MAPPING),
            Map.entry("admin-reports", ADMIN_REPORT),
            Map.entry("analyses", ANALYSIS),
            Map.entry("analysis-results", ANALYSIS),
            Map.entry("analysis-types", ANALYSIS_TYPE),
            Map.entry("analysis-source-types", ANALYSIS_TYPE),
            Map.entry("analysis-sources", ANALYSIS_SOURCE),
            Map.entry("api-tokens", API_TOKEN),
            Map.entry("engagements", ENGAGEMENT),
            Map.entry("engagement-account-groupings", ENGAGEMENT_ACCOUNT_GROUP),
            Map.entry("file-manager", FILE_MANAGER),
            Map.entry("chunked-files", FILE_MANAGER),
            Map.entry("file-results", RESULTS_EXPORT),
            Map.entry("data-tables", QUERY),
            Map.entry("libraries", LIBRARY),
            Map.entry("organizations", ORGANIZATION),
            Map.entry("risk-ranges", RISK_RANGES),
            Map.entry("tasks", TASK),
            Map.entry("users", USER),
            Map.entry("webhooks", WEBHOOK));

    /** The category of an audit record, or empty when it belongs to none (e.g. an unknown path). */
    public static Optional<ActivityCategory> of(AuditEventType type, String route) {
        return switch (type) {
            case TOKEN_CREATED, TOKEN_RENAMED, TOKEN_RENEWED, TOKEN_DISABLED, TOKEN_DELETED -> Optional.of(API_TOKEN);
            case LOGIN_SUCCEEDED, LOGIN_FAILED, USER_CREATED, USER_ROLE_CHANGED, USER_ENABLED_CHANGED, USER_DELETED ->
                Optional.of(USER);
            default -> ofRoute(route);
        };
    }

    private static Optional<ActivityCategory> ofRoute(String route) {
        if (route == null || !route.startsWith(API)) {
            return Optional.empty();
        }
        String rest = route.substring(API.length());
        int slash = rest.indexOf('/');
        String resource = slash < 0 ? rest : rest.substring(0, slash);
        if (resource.equals("data-tables") && rest.endsWith("/export")) {
            return Optional.of(RESULTS_EXPORT);
        }
        if (resource.equals("analyses") && rest.endsWith("/run")) {
            return Optional.of(ANALYSIS);
        }
        return Optional.ofNullable(BY_RESOURCE.get(resource));
    }
}

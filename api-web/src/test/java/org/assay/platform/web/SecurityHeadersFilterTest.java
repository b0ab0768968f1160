package org.assay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void theApiPageAndItsAssetsGetTheStrictPolicy() {
        for (String path : new String[] {"/admin/", "/admin/app.js", "/admin/app.css", "/activate.html", "/api/v1/users"}) {
            assertEquals(SecurityHeadersFilter.STRICT_CSP, SecurityHeadersFilter.policyFor(path), path);
        }
        assertTrue(SecurityHeadersFilter.STRICT_CSP.contains("script-src 'self'"));
        assertTrue(SecurityHeadersFilter.STRICT_CSP.contains("frame-ancestors 'none'"));
    }

    @Test
    void swaggerUiKeepsOnlyTheFramingBanForItsInlineStyles() {
        assertEquals(SecurityHeadersFilter.SWAGGER_CSP, SecurityHeadersFilter.policyFor("/api/docs/"));
        assertEquals(SecurityHeadersFilter.SWAGGER_CSP,
                SecurityHeadersFilter.policyFor("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"));
    }
}

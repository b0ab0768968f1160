package org.assay.webhooks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook configuration (MicroProfile Config). The retry policy itself is configured through Fault
 * Tolerance's keys, see {@link WebhookSender}.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "assay.webhooks.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    @Inject
    @ConfigProperty(name = "assay.webhooks.connect-timeout", defaultValue = "PT5S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "assay.webhooks.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    @ConfigProperty(name = "assay.tenant-name", defaultValue = "assay")
    String tenant;

    /** Whether loopback targets (127.0.0.0/8, ::1, localhost) are accepted, over http too: tests only. */
    public boolean allowLoopback() {
        return allowLoopback;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long a receiver has to answer once connected. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The {@code tenantId} of every payload: the tenant's name. */
    public String tenant() {
        return tenant;
    }
}

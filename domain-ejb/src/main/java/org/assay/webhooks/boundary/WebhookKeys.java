package org.assay.webhooks.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.util.Optional;
import org.assay.access.control.KeyFiles;
import org.assay.webhooks.control.WebhookKeyVault;
import org.assay.webhooks.control.WebhookSignatures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server key under which webhooks' private keys are sealed, loaded (or generated) once. */
@ApplicationScoped
public class WebhookKeys {

    @Inject
    @ConfigProperty(name = "assay.webhooks.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "assay.auth.key-dir")
    Optional<String> keyDirectory;

    private WebhookKeyVault vault;

    @PostConstruct
    void load() {
        vault = WebhookKeyVault.fromConfigOrDirectory(configuredKey, KeyFiles.directory(keyDirectory));
    }

    public WebhookKeyVault vault() {
        return vault;
    }

    /** The private key a webhook signs with, unsealed for one delivery attempt. */
    public PrivateKey signingKey(String webhookId, String sealed) {
        return WebhookSignatures.privateKey(vault.open(webhookId, sealed));
    }
}

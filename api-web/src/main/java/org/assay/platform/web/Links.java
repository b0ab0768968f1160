package org.assay.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links Assay hands out. Behind a proxy the request's own address is not what users reach, so
 * {@code assay.public-url} (e.g. https://assay.example.com) takes precedence when set.
 */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "assay.public-url")
    Optional<String> publicUrl;

    /** The activation page link; the secret travels in the fragment, which browsers never send to servers. */
    public String activation(UriInfo uriInfo, String secret) {
        return root(uriInfo) + "/activate.html#token=" + secret;
    }

    private String root(UriInfo uriInfo) {
        if (publicUrl.isPresent() && !publicUrl.get().isBlank()) {
            return publicUrl.get().replaceAll("/+$", "");
        }
        URI base = uriInfo.getBaseUri();
        return base.getScheme() + "://" + base.getAuthority();
    }
}

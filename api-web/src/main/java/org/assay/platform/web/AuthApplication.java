package org.assay.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.assay.access.AuthResource;

/** The embedded identity provider at {@code /auth}, outside {@code /api/v1} and open to anonymous callers. */
@ApplicationPath("auth")
public class AuthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(WebProviders.ALL);
        classes.add(AuthResource.class);
        classes.add(org.assay.audit.boundary.RouteRecorder.class);
        return classes;
    }
}

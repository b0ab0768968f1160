package org.assay.platform.web;

import java.util.Set;

/** The providers both JAX-RS applications share: strict JSON reading, one exception mapper, response conventions. */
public final class WebProviders {

    public static final Set<Class<?>> ALL = Set.of(StrictJsonReader.class, ProblemMapper.class, ApiResponseFilter.class,
            JsonbResolver.class);

    private WebProviders() {
    }
}

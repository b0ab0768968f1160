package org.assay.platform.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from — its id, the client address and user agent — set by the web tier when
 * the request starts, so that audit records written deep in a façade still name it.
 */
@RequestScoped
public class RequestOrigin {

    private String requestId;
    private String clientAddress;
    private String userAgent;

    public void set(String requestId, String clientAddress, String userAgent) {
        this.requestId = requestId;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
    }

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String userAgent() {
        return userAgent;
    }
}

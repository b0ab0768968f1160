package org.assay.access.boundary;

/** The answer of {@code POST /auth/token} (OAuth 2 token response field names). */
public record AccessToken(String access_token, String token_type, long expires_in) {
}

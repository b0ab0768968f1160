// Points Swagger UI at Assay's own OpenAPI document; "Authorize" takes an API token or a JWT.
window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false
});

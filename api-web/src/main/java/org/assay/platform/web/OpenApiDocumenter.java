package org.assay.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document from the code itself, so it cannot drift: each operation states the
 * permission its resource method requires ({@code @RolesAllowed}, as {@code x-required-permission} and in the
 * description), and lists the problem-JSON error answers every operation can give. SmallRye prefixes every path
 * with one application's path even though the WAR has two; each path is given its own application's prefix here.
 */
public class OpenApiDocumenter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final List<Application> APPLICATIONS = List.of(new ApiApplication(), new AuthApplication());

    /** Resource methods by the operation id SmallRye gives them (operationIdStrategy=CLASS_METHOD). */
    private final Map<String, Method> methods = APPLICATIONS.stream()
            .flatMap(application -> application.getClasses().stream())
            .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
            .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
            .collect(Collectors.toMap(m -> m.getDeclaringClass().getSimpleName() + "_" + m.getName(),
                    Function.identity(), (a, b) -> a));

    @Override
    public Operation filterOperation(Operation operation) {
        Optional.ofNullable(operation.getOperationId()).map(methods::get).ifPresent(method -> {
            String permission = requiredPermission(method);
            operation.addExtension("x-required-permission", permission);
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Required permission: `" + permission + "`.");
        });
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            error(responses, "400", "Invalid request: the problems name each offending property");
            error(responses, "401", "Missing, malformed, unknown or expired credential (WWW-Authenticate: Bearer)");
            error(responses, "403", "The credential lacks the required permission");
            error(responses, "404", "No such entity, or not visible to the caller");
            error(responses, "409", "Stale version or duplicate value");
            error(responses, "500", "Unexpected error; instance is the request id in the server log");
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Paths corrected = OASFactory.createPaths();
            openAPI.getPaths().getPathItems().forEach((path, item) -> corrected.addPathItem(correctPrefix(path, item), item));
            openAPI.setPaths(corrected);
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Problem JSON (application/problem+json), the reference's ActionableErrorResponse")
                .addProperty("type", string()).addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("instance", string()).addProperty("origin", string())
                .addProperty("entityType", string()).addProperty("entityId", string())
                .addProperty("problemCount", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("problems", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("problemType", string()).addProperty("severity", string())
                                .addProperty("identifier", string()).addProperty("reason", string())));
        openAPI.getComponents().addSchema("Problem", problem);
    }

    /** The path under the prefix of the application that really holds the operation's resource. */
    private String correctPrefix(String path, PathItem item) {
        Optional<Class<?>> resource = item.getOperations().values().stream()
                .map(Operation::getOperationId).filter(java.util.Objects::nonNull).map(methods::get)
                .filter(java.util.Objects::nonNull).<Class<?>>map(Method::getDeclaringClass).findFirst();
        if (resource.isEmpty()) {
            return path;
        }
        String relative = path;
        for (Application application : APPLICATIONS) {
            String prefix = prefixOf(application);
            if (relative.startsWith(prefix + "/")) {
                relative = relative.substring(prefix.length());
                break;
            }
        }
        for (Application application : APPLICATIONS) {
            if (application.getClasses().contains(resource.get())) {
                return prefixOf(application) + relative;
            }
        }
        return path;
    }

    private static String prefixOf(Application application) {
        return "/" + application.getClass().getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");
    }

    private static String requiredPermission(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return String.join(" or ", List.of(roles.value()));
        }
        return method.isAnnotationPresent(PermitAll.class) ? "any valid credential" : "none";
    }

    private static void error(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
            Content content = OASFactory.createContent().addMediaType(ProblemBody.MEDIA_TYPE, json);
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}

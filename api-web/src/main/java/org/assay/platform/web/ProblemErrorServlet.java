package org.assay.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;

/**
 * The error page of the web container (web.xml {@code <error-page>}): failures that happen before JAX-RS is
 * reached, above all a refused credential, get the same problem JSON as everything else instead of HTML.
 */
@WebServlet(ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    public static final String PATH = "/errors/problem";
    /** Request attribute through which the authentication mechanism says why it refused (safe to show). */
    public static final String REASON = ProblemErrorServlet.class.getName() + ".reason";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object reason = request.getAttribute(REASON);
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
        ProblemType type = switch (status) {
            case 403 -> ProblemType.INSUFFICIENT_PERMISSION;
            case 429 -> ProblemType.INVALID_STATE;
            default -> status >= 500 ? ProblemType.UNKNOWN : ProblemType.ILLEGAL_ARGUMENT;
        };
        String identifier = status == 401 ? "Authorization" : status == 400 && reason != null ? "headers" : null;
        String text = reason != null ? reason.toString() : title.toLowerCase();
        String requestId = RequestIds.of(request);
        byte[] body = ProblemBody.of(title.toLowerCase().replace(' ', '-'), title, status, requestId,
                uri == null ? null : uri.toString(), List.of(Problem.error(type, identifier, text)), null, null)
                .toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader(RequestIds.HEADER, requestId);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(ProblemBody.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

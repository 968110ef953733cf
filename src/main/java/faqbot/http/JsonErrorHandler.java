package faqbot.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself (a URI or headers too large, a malformed request, a body that arrives too slowly)
 * in the API's JSON shape, with the security headers and without Jetty's HTML page or any stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String JSON = "application/json;charset=utf-8";

    JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        SecurityHeaders.add(fields);
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getOutputStream().write(body(code).getBytes(StandardCharsets.UTF_8));
    }

    /** A fixed message per status: Jetty's own reason can quote the request, which may hold a visitor's words. */
    static String body(int status) {
        return "{\"error\":{\"status\":" + status + ",\"code\":\"" + ApiErrors.code(status) + "\",\"message\":\""
                + message(status) + "\"}}";
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request body is too large.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            case 503 -> "The service is busy or stopping. Please try again in a moment.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again." : "The request cannot be served.";
        };
    }
}

package vn.sgddt.kehoach.base.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.api.ApiError;

/**
 * What the firewall answers to an address it refuses (an encoded slash or percent sign, "..", a backslash, a
 * semicolon: the shapes of a path traversal): on the API the JSON error in both languages, elsewhere the bare 400.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String KEY = "error.rejectedUrl";

    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();
    private final MessageSource messages;
    private final ObjectMapper json;

    RejectedRequests(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            elsewhere.handle(request, response, e);
            return;
        }
        String vi = messages.getMessage(KEY, null, VI);
        String en = messages.getMessage(KEY, null, Locale.ENGLISH);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), "REJECTED_URL", vi, vi, en,
                List.of()));
    }
}

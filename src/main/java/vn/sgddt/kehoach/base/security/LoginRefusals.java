package vn.sgddt.kehoach.base.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.api.ApiError;

/**
 * What a refused sign-in answers. HTTP Basic: 429 Too Many Requests with {@code Retry-After} and the API's JSON
 * error while the username or address is locked, else the 401 challenge with the JSON error. The form login: back to the login
 * view, which says whether the password was wrong ({@code ?error}) or for how many minutes the attempts are
 * locked ({@code ?locked=15}).
 */
@Component
class LoginRefusals {

    static final String THROTTLED_KEY = "error.loginThrottled";
    static final String NOT_SIGNED_IN_KEY = "error.notSignedIn";
    static final String BAD_CREDENTIALS_KEY = "error.badCredentials";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final RedirectStrategy REDIRECT = new DefaultRedirectStrategy();

    private final MessageSource messages;
    private final ObjectMapper json;

    LoginRefusals(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    AuthenticationEntryPoint basic() {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                tooManyAttempts(response, throttled);
            } else {
                unauthorized(response, exception);
            }
        };
    }

    AuthenticationFailureHandler form() {
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                REDIRECT.sendRedirect(request, response, "/login?locked=" + throttled.retryAfterMinutes());
            } else {
                wrongPassword.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    /**
     * The 401 challenge, with the API's JSON error saying why: no credentials, or credentials that do not sign in
     * (a wrong password and an unknown or disabled account get the same words, so the answer tells nothing of who
     * exists).
     */
    private void unauthorized(HttpServletResponse response, AuthenticationException e) throws IOException {
        String key = e instanceof InsufficientAuthenticationException ? NOT_SIGNED_IN_KEY : BAD_CREDENTIALS_KEY;
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        response.setStatus(status.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"Realm\"");
        write(response, new ApiError(status.value(), "UNAUTHORIZED", messages.getMessage(key, null, VI),
                messages.getMessage(key, null, VI), messages.getMessage(key, null, Locale.ENGLISH), List.of()));
    }

    private void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }

    private void tooManyAttempts(HttpServletResponse response, LoginThrottledException e) throws IOException {
        Object[] minutes = {e.retryAfterMinutes()};
        String vi = messages.getMessage(THROTTLED_KEY, minutes, VI);
        String en = messages.getMessage(THROTTLED_KEY, minutes, Locale.ENGLISH);
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        response.setStatus(status.value());
        response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds() + 1));
        write(response, new ApiError(status.value(), "TOO_MANY_ATTEMPTS", vi, vi, en, List.of()));
    }
}

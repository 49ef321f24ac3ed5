package vn.sgddt.kehoach.base.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.api.ApiError;

/**
 * What a refused sign-in answers. HTTP Basic: 429 Too Many Requests with {@code Retry-After} and the API's JSON
 * error while the username or address is locked, else the usual 401 challenge. The form login: back to the login
 * view, which says whether the password was wrong ({@code ?error}) or for how many minutes the attempts are
 * locked ({@code ?locked=15}).
 */
@Component
class LoginRefusals {

    static final String THROTTLED_KEY = "error.loginThrottled";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final RedirectStrategy REDIRECT = new DefaultRedirectStrategy();

    private final MessageSource messages;
    private final ObjectMapper json;

    LoginRefusals(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    AuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm");
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                tooManyAttempts(response, throttled);
            } else {
                challenge.commence(request, response, exception);
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

    private void tooManyAttempts(HttpServletResponse response, LoginThrottledException e) throws IOException {
        Object[] minutes = {e.retryAfterMinutes()};
        String vi = messages.getMessage(THROTTLED_KEY, minutes, VI);
        String en = messages.getMessage(THROTTLED_KEY, minutes, Locale.ENGLISH);
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        response.setStatus(status.value());
        response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds() + 1));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                new ApiError(status.value(), "TOO_MANY_ATTEMPTS", vi, vi, en, List.of()));
    }
}

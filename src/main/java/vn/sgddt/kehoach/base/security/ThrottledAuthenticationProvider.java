package vn.sgddt.kehoach.base.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * The password check of every front door (the form login, HTTP Basic on the API, the engine REST and the actuator),
 * refused up front while the username or the client address is locked, and counted otherwise.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = LoginThrottle.addressOf(attempt);
        throttle.refusal(username, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        try {
            Authentication result = passwords.authenticate(attempt);
            if (result != null) {
                throttle.succeeded(username);
            }
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}

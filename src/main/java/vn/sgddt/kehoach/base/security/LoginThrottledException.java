package vn.sgddt.kehoach.base.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because the username or the address failed too often. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, as the message to the user says it. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfter.getSeconds() + 59) / 60);
    }
}

package vn.sgddt.kehoach.base.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are tolerated before further attempts are refused for a while.
 *
 * @param maxFailuresPerUsername failures for one username within the window that lock it (default 5)
 * @param maxFailuresPerAddress failures from one client address within the window that lock it (default 20: the
 *        computers of an office often share one address)
 * @param failureWindow how far back failures count (default 15 minutes)
 * @param lockDuration how long a locked username or address is refused (default 15 minutes)
 */
@ConfigurationProperties("kehoach.security.login")
record LoginThrottleProperties(Integer maxFailuresPerUsername, Integer maxFailuresPerAddress,
        Duration failureWindow, Duration lockDuration) {

    LoginThrottleProperties {
        maxFailuresPerUsername = maxFailuresPerUsername == null ? 5 : maxFailuresPerUsername;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}

package vn.sgddt.kehoach.base.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed sign-ins per username and per client address, and refuses further attempts for a while once either
 * has failed too often. Kept in memory: each node counts its own attempts, and a restart forgets them.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    // beyond this many usernames or addresses with failures, the ones without a recent failure are forgotten
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final LoginThrottleProperties limits;
    private final Map<String, Failures> byUsername = new HashMap<>();
    private final Map<String, Failures> byAddress = new HashMap<>();

    LoginThrottle(Clock clock, LoginThrottleProperties limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** How much longer attempts for this username or from this address are refused; empty when they may go on. */
    synchronized Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(byUsername.get(usernameKey(username)), now),
                remaining(byAddress.get(address), now));
        return Optional.ofNullable(wait);
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        if (fail(byUsername, usernameKey(username), limits.maxFailuresPerUsername(), now)) {
            log.warn("Sign-in for {} refused for {} after {} failed attempts", username, limits.lockDuration(),
                    limits.maxFailuresPerUsername());
        }
        if (fail(byAddress, address, limits.maxFailuresPerAddress(), now)) {
            log.warn("Sign-in from {} refused for {} after {} failed attempts", address, limits.lockDuration(),
                    limits.maxFailuresPerAddress());
        }
    }

    /** A good password clears the username's failures; the address keeps its own, or one account could clear it. */
    synchronized void succeeded(String username) {
        byUsername.remove(usernameKey(username));
    }

    /** The client address of the sign-in: from the login's details, else from the current request. */
    static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }

    private boolean fail(Map<String, Failures> failures, String key, int max, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.forgotten(now, limits.failureWindow()));
        }
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        f.prune(now, limits.failureWindow());
        f.times.addLast(now);
        if (f.times.size() < max) {
            return false;
        }
        f.lockedUntil = now.plus(limits.lockDuration());
        f.times.clear();
        return true;
    }

    private static Duration remaining(Failures f, Instant now) {
        return f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil) ? null
                : Duration.between(now, f.lockedUntil);
    }

    private static Duration longer(Duration a, Duration b) {
        return a == null ? b : b == null ? a : (a.compareTo(b) >= 0 ? a : b);
    }

    private static String usernameKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;

        void prune(Instant now, Duration window) {
            Instant since = now.minus(window);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
        }

        boolean forgotten(Instant now, Duration window) {
            prune(now, window);
            return times.isEmpty() && (lockedUntil == null || !now.isBefore(lockedUntil));
        }
    }
}

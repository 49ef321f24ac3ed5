package vn.sgddt.kehoach.base.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt on every request of a stateless API client costs ~50–80 ms of CPU: a few dozen clients would take the
 * server's two cores. This remembers, for a few minutes, that a password matched a stored hash, as a keyed digest
 * (HMAC-SHA-256 under a key made at start and never stored), so a repeated request is checked in microseconds.
 *
 * <p>The entry is found by the stored hash itself: a changed password is a new hash and misses; a disabled or locked
 * account is refused before the password is looked at (the user is read from the directory on every request); a wrong
 * password never matches an entry and goes to BCrypt (and to the sign-in throttle). Only matches are remembered.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    private record Entry(byte[] digest, Instant until) {
    }

    RecentlyVerifiedPasswords(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        byte[] digest = digest(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Entry known = verified.get(encodedPassword);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                evictExpired(now);
            }
            if (verified.size() < MAX_ENTRIES) {
                verified.put(encodedPassword, new Entry(digest, now.plus(ttl)));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private void evictExpired(Instant now) {
        for (Iterator<Entry> it = verified.values().iterator(); it.hasNext();) {
            if (!now.isBefore(it.next().until())) {
                it.remove();
            }
        }
    }

    private byte[] digest(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

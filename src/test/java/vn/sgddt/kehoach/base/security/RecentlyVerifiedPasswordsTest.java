package vn.sgddt.kehoach.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.sgddt.kehoach.support.MutableClock;

class RecentlyVerifiedPasswordsTest {

    final AtomicInteger bcryptChecks = new AtomicInteger();
    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(counting, Duration.ofMinutes(5), clock);

    @Test
    void aMatchedPasswordIsCheckedByBcryptOnceThenByItsDigestUntilItExpires() {
        String stored = bcrypt.encode("mật-khẩu-đúng");
        assertThat(passwords.matches("mật-khẩu-đúng", stored)).isTrue();
        assertThat(passwords.matches("mật-khẩu-đúng", stored)).isTrue();
        assertThat(passwords.matches("mật-khẩu-đúng", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(passwords.matches("mật-khẩu-đúng", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordAlwaysGoesToBcryptAndNeverMatches() {
        String stored = bcrypt.encode("đúng");
        assertThat(passwords.matches("đúng", stored)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("sai", stored)).isFalse();
        }
        assertThat(passwords.matches("đúng ", stored)).isFalse();
        assertThat(bcryptChecks).hasValue(5);
    }

    @Test
    void aChangedPasswordIsANewHashAndTheOldPasswordNoLongerMatches() {
        String old = bcrypt.encode("cũ");
        assertThat(passwords.matches("cũ", old)).isTrue();
        String changed = bcrypt.encode("mới");
        assertThat(passwords.matches("cũ", changed)).isFalse();
        assertThat(passwords.matches("mới", changed)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }
}

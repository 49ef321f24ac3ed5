package vn.sgddt.kehoach.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/** Telling people something, on H2 (on PostgreSQL in {@link MailOutboxOnPostgresTest}). */
@IntegrationTest
class NotificationServiceTest {

    private static final long PLAN = 990_001L;

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository rows;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void resetClockAndForget() {
        clock.reset();
        NotificationWriting.forget(rows, PLAN);
    }

    @Test
    void everyone_named_gets_one_notification_in_the_order_named_and_none_when_the_telling_fails() {
        NotificationWriting.check(notifications, rows, clock, tx,
                LocalDateTime.of(2026, 11, 20, 8, 15, 30, 123_456_000).atZone(Formats.ZONE).toInstant(), PLAN);
    }
}

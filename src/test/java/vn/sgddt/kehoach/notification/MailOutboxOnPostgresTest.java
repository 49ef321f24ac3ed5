package vn.sgddt.kehoach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;
import vn.sgddt.kehoach.support.FreePort;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.TestClockConfiguration;

/**
 * The mail server down for an hour of the clock, on PostgreSQL, with the outbox polled every 30 seconds as in
 * production: nothing goes out, nothing is lost, the attempts back off; when the server is back, two nodes polling at
 * the same moment send every mail once.
 */
@SpringBootTest(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "kehoach.mail.from=kehoach@sgddt.example.vn",
    "spring.mail.properties.mail.smtp.connectiontimeout=3000",
    "spring.mail.properties.mail.smtp.timeout=3000"})
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, MailOutboxTest.NoScheduledSending.class})
class MailOutboxOnPostgresTest {

    private static final int PORT = FreePort.get();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final Instant NOW = LocalDateTime.of(2026, 11, 16, 7, 30).atZone(Formats.ZONE).toInstant();
    private static final Duration POLL = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void postgresAndSmtp(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabase("mail");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    NotificationService notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailMessageRepository mails;
    @Autowired
    MutableClock clock;
    @Autowired
    NotificationRepository rows;
    @Autowired
    TransactionTemplate tx;


    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    private List<MailMessage> ours(Set<Long> before) {
        return mails.findAll().stream().filter(m -> !before.contains(m.getId())).toList();
    }

    @Test
    void an_hour_without_the_mail_server_loses_nothing_and_sends_nothing_twice() throws Exception {
        clock.set(NOW);
        Set<Long> before = mails.findAll().stream().map(MailMessage::getId).collect(Collectors.toSet());
        notifications.notify(List.of("pgd1", "cv.vp", "tp.gdtrh"), "notification.overdue",
                List.of("GDTrH", "Tổng kết năm học 2025-2026", "15/11/2026"), 7L, 77L);
        assertThat(ours(before)).hasSize(3);

        int sent = 0;
        for (Duration t = Duration.ZERO; t.compareTo(Duration.ofHours(1)) < 0; t = t.plus(POLL)) {
            clock.set(NOW.plus(t));
            sent += outbox.sendDue();
        }
        assertThat(sent).isZero();
        // tried at 0, 1, 3, 7, 15, 30 and 45 minutes: 1, 2, 4, 8 then every 15 minutes
        assertThat(ours(before)).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailMessage.Status.PENDING);
            assertThat(m.getAttempts()).isEqualTo(7);
            assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
            assertThat(m.getLastError()).isNotBlank();
        });

        SMTP.start();
        clock.set(NOW.plus(Duration.ofHours(1)));
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> pollTogether(together));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> pollTogether(together));
        assertThat(nodeA.get(60, TimeUnit.SECONDS) + nodeB.get(60, TimeUnit.SECONDS)).isEqualTo(3);
        for (Duration t = POLL; t.compareTo(Duration.ofMinutes(20)) <= 0; t = t.plus(POLL)) {
            clock.set(NOW.plus(Duration.ofHours(1)).plus(t));
            assertThat(outbox.sendDue()).isZero();
        }

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("pgd1@sgddt.example.vn", "cv.vp@sgddt.example.vn",
                "tp.gdtrh@sgddt.example.vn");
        assertThat(ours(before)).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailMessage.Status.SENT);
            assertThat(m.getSentAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
            assertThat(m.getAttempts()).isEqualTo(8);
        });
    }

    @Test
    void everyone_named_gets_one_notification_in_the_order_named_and_none_when_the_telling_fails() {
        Set<Long> before = mails.findAll().stream().map(MailMessage::getId).collect(Collectors.toSet());
        try {
            NotificationWriting.check(notifications, rows, clock, tx, NOW.plusNanos(123_456_000), 990_002L);
            assertThat(ours(before)).extracting(MailMessage::getRecipient).containsExactlyInAnyOrder(
                    "cv.vp@sgddt.example.vn", "pgd1@sgddt.example.vn", "tp.gdtrh@sgddt.example.vn",
                    "pgd2@sgddt.example.vn", "cv.gdtrh@sgddt.example.vn");
        } finally {
            // the other test counts the mails it makes, and this one's would be sent with them
            mails.deleteAll(ours(before));
            NotificationWriting.forget(rows, 990_002L);
        }
    }

    private int pollTogether(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return outbox.sendDue();
    }
}

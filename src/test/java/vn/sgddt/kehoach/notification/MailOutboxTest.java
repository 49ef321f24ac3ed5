package vn.sgddt.kehoach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.support.FreePort;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.TestClockConfiguration;

/**
 * The e-mail outbox against a real SMTP server (GreenMail on 127.0.0.1): while the server is down nothing is lost
 * and the attempts back off; once it is up every mail goes out exactly once. Runs in a context of its own, with
 * e-mail configured and its own database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:kehoach-mail;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "kehoach.public-url=https://kehoach.sgddt.example.vn/",
    "kehoach.mail.from=kehoach@sgddt.example.vn",
    "spring.mail.properties.mail.smtp.connectiontimeout=5000",
    "spring.mail.properties.mail.smtp.timeout=5000"})
class MailOutboxTest {

    private static final int PORT = FreePort.get();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final Instant NOW = LocalDateTime.of(2025, 10, 11, 7, 30).atZone(Formats.ZONE).toInstant();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    /** No background sending: the test calls {@link MailOutbox#sendDue()} itself, at the moments it chooses. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NoScheduledSending {

        @Bean
        TaskScheduler taskScheduler() {
            return new TaskScheduler() {
                @Override
                public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
                    return null;
                }
            };
        }
    }

    @Autowired
    NotificationService notifications;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailMessageRepository mails;

    @Autowired
    MutableClock clock;


    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    private List<MailMessage> outboxOf(Set<Long> before) {
        return mails.findAll().stream().filter(m -> !before.contains(m.getId())).toList();
    }

    @Test
    void mails_wait_while_the_server_is_down_and_go_out_exactly_once_when_it_is_back() throws Exception {
        clock.set(NOW);
        assertThat(outbox.enabled()).isTrue();
        Set<Long> before = mails.findAll().stream().map(MailMessage::getId).collect(Collectors.toSet());

        notifications.notify(List.of("pgd1", "cv.vp", "tp.gdtrh"), "notification.overdue",
                List.of("GDTrH", "Tổ chức hội thi giáo viên dạy giỏi cấp tỉnh", "10/10/2025"), 5L, 42L);

        List<MailMessage> pending = outboxOf(before);
        assertThat(pending).hasSize(3).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailMessage.Status.PENDING);
            assertThat(m.getAttempts()).isZero();
        });
        assertThat(pending).extracting(MailMessage::getRecipient).containsExactlyInAnyOrder(
                "pgd1@sgddt.example.vn", "cv.vp@sgddt.example.vn", "tp.gdtrh@sgddt.example.vn");

        // the SMTP server is not running
        assertThat(outbox.sendDue()).isZero();

        assertThat(outboxOf(before)).hasSize(3).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailMessage.Status.PENDING);
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
            assertThat(m.getLastError()).isNotBlank();
            assertThat(m.getSentAt()).isNull();
        });
        assertThat(outbox.sendDue()).as("not due again yet").isZero();
        assertThat(outboxOf(before)).allSatisfy(m -> assertThat(m.getAttempts()).isEqualTo(1));

        clock.advance(Duration.ofHours(1));
        SMTP.start();

        assertThat(outbox.sendDue()).isEqualTo(3);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(outbox.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(3);

        assertThat(outboxOf(before)).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailMessage.Status.SENT);
            assertThat(m.getAttempts()).isEqualTo(2);
            assertThat(m.getSentAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
            assertThat(m.getLastError()).isNull();
        });
        String text = "Quá hạn: nhiệm vụ \"Tổ chức hội thi giáo viên dạy giỏi cấp tỉnh\" do GDTrH chủ trì đã quá hạn"
                + " ngày 10/10/2025.";
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            assertThat(message.getSubject()).isEqualTo("[Kế hoạch] " + text);
            assertThat(message.getFrom()).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly("kehoach@sgddt.example.vn");
            assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
            assertThat(((String) message.getContent()).replace("\r\n", "\n"))
                    .isEqualTo(text + "\n\nhttps://kehoach.sgddt.example.vn/assignments/42");
        }
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
            try {
                return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("pgd1@sgddt.example.vn", "cv.vp@sgddt.example.vn",
                "tp.gdtrh@sgddt.example.vn");
    }
}

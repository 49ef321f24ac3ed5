package vn.sgddt.kehoach.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails of the outbox through SMTP. Each message is sent in a transaction of its own that marks it
 * sent; a failure leaves it pending with a later next attempt. E-mail is off unless {@code spring.mail.host} is set.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    MailOutbox(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${kehoach.mail.from:kehoach@localhost}") String from) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = from;
    }

    /** Whether e-mail is configured at all. */
    public boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${kehoach.mail.poll-interval:PT30S}", initialDelayString = "PT20S")
    void scheduledSend() {
        if (enabled()) {
            sendDue();
        }
    }

    /** Sends what is due now; returns how many went out. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> due = transaction.execute(s -> messages
                .findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailMessage.Status.PENDING, clock.instant(),
                        PageRequest.of(0, BATCH))
                .stream().map(MailMessage::getId).toList());
        int sent = 0;
        for (Long id : due) {
            MailMessage claimed;
            try {
                claimed = transaction.execute(s -> claim(id));
            } catch (ObjectOptimisticLockingFailureException otherNode) {
                continue; // another node took this message at the same moment
            }
            if (claimed == null) {
                continue;
            }
            String error = send(sender, claimed);
            transaction.executeWithoutResult(s -> {
                MailMessage m = messages.findById(id).orElseThrow();
                if (error == null) {
                    m.sent(clock.instant());
                } else {
                    m.failed(error, clock.instant());
                }
            });
            if (error == null) {
                sent++;
            }
        }
        return sent;
    }

    /** Takes a message for a few minutes, so a second node does not send it too. */
    private MailMessage claim(Long id) {
        MailMessage m = messages.findById(id).orElse(null);
        if (m == null || m.getStatus() != MailMessage.Status.PENDING
                || m.getNextAttemptAt().isAfter(clock.instant())) {
            return null;
        }
        m.lease(clock.instant());
        return messages.saveAndFlush(m);
    }

    private String send(JavaMailSender sender, MailMessage m) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(m.getRecipient());
            helper.setSubject(m.getSubject());
            helper.setText(m.getBody(), false);
            sender.send(mime);
            return null;
        } catch (Exception e) {
            log.warn("Mail {} to {} not sent (attempt {}): {}", m.getId(), m.getRecipient(), m.getAttempts() + 1,
                    e.getMessage());
            return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        }
    }
}

package vn.sgddt.kehoach.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail in the outbox. It is written in the same transaction as the change it tells about, and sent later,
 * again and again until the mail server takes it: none is lost while the server is down.
 */
@Entity
@Table(name = "mail_outbox", indexes = @Index(name = "idx_mail_outbox_due", columnList = "status, nextAttemptAt"))
public class MailMessage {

    /** Where the message stands. */
    public enum Status {
        PENDING, SENT
    }

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 10_000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    @Column(length = 1000)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Held by the sender that claimed it for a few minutes; if it dies, the message is due again after that. */
    void lease(Instant at) {
        this.nextAttemptAt = at.plus(Duration.ofMinutes(5));
    }

    void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** Tries again later: after 1, 2, 4… minutes, at most every 15 minutes. */
    void failed(String error, Instant at) {
        this.attempts++;
        long minutes = Math.min(MAX_BACKOFF.toMinutes(), 1L << Math.min(attempts - 1, 10));
        this.nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

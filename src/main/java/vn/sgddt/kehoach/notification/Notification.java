package vn.sgddt.kehoach.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A message for one person. The text is a bundle key with arguments, so each reader sees it in their own
 * language.
 */
@Entity
@Table(name = "notification", indexes = @Index(name = "idx_notification_recipient",
        columnList = "recipient, readAt, createdAt"))
public class Notification {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 100)
    private String messageKey;

    @Column(length = 4000)
    private String messageArgs;

    /** The plan the message is about, for a link. */
    private Long planId;

    /** The assignment the message is about, for a link. */
    private Long assignmentId;

    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, Instant createdAt, String messageKey, List<String> args, Long planId,
            Long assignmentId) {
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.messageArgs = String.join(SEPARATOR, args);
        this.planId = planId;
        this.assignmentId = assignmentId;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getMessageArgs() {
        return messageArgs == null || messageArgs.isEmpty() ? new Object[0]
                : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
    }

    /** The arguments as stored: joined by a unit separator. */
    String messageArgsText() {
        return messageArgs;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}

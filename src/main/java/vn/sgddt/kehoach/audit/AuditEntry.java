package vn.sgddt.kehoach.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log. Written once and never changed: Hibernate issues no UPDATE for it, and no column may be
 * updated.
 */
@Entity
@Immutable
@Table(name = "audit_entry", indexes = {
    @Index(name = "idx_audit_entry_at", columnList = "at"),
    @Index(name = "idx_audit_entry_actor", columnList = "actor_username"),
    @Index(name = "idx_audit_entry_action", columnList = "action")})
public class AuditEntry {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int FULL_NAME_MAX_LENGTH = 200;
    public static final int ADDRESS_MAX_LENGTH = 64;
    public static final int CODE_MAX_LENGTH = 40;
    public static final int TARGET_ID_MAX_LENGTH = 64;
    public static final int SUMMARY_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    /** "system" for what timers and jobs do. */
    @Column(nullable = false, updatable = false, length = USERNAME_MAX_LENGTH)
    private String actorUsername;

    @Column(updatable = false, length = FULL_NAME_MAX_LENGTH)
    private String actorFullName;

    /** The client's address as Tomcat saw it (behind nginx: from X-Forwarded-For), or "system". */
    @Column(nullable = false, updatable = false, length = ADDRESS_MAX_LENGTH)
    private String clientAddress;

    /** What was done: "PLAN_APPROVE", "ASSIGNMENT_PICKED_UP", "OFFICIAL_PASSWORD"… */
    @Column(nullable = false, updatable = false, length = CODE_MAX_LENGTH)
    private String action;

    /** What it was done to: "PLAN", "ASSIGNMENT", "UNIT", "OFFICIAL", "AGENCY", "UNIT_ALIAS". */
    @Column(nullable = false, updatable = false, length = CODE_MAX_LENGTH)
    private String targetType;

    @Column(updatable = false, length = TARGET_ID_MAX_LENGTH)
    private String targetId;

    @Column(updatable = false, length = SUMMARY_MAX_LENGTH)
    private String summary;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actorUsername, String actorFullName, String clientAddress, String action,
            String targetType, String targetId, String summary) {
        this.at = at;
        this.actorUsername = cut(actorUsername, USERNAME_MAX_LENGTH);
        this.actorFullName = cut(actorFullName, FULL_NAME_MAX_LENGTH);
        this.clientAddress = cut(clientAddress, ADDRESS_MAX_LENGTH);
        this.action = cut(action, CODE_MAX_LENGTH);
        this.targetType = cut(targetType, CODE_MAX_LENGTH);
        this.targetId = cut(targetId, TARGET_ID_MAX_LENGTH);
        this.summary = cut(summary, SUMMARY_MAX_LENGTH);
    }

    /** A line too long for its column is shortened rather than lose the whole entry, and the change with it. */
    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorFullName() {
        return actorFullName;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getSummary() {
        return summary;
    }
}

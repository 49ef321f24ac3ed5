package vn.sgddt.kehoach.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A line of an assignment's timeline: progress, a contribution, a decision, a reminder. Never changed. */
@Entity
@Table(name = "assignment_event", indexes = @Index(name = "idx_assignment_event", columnList = "assignmentId, at"))
public class AssignmentEvent {

    /** What happened. */
    public enum Type {
        ASSIGNED, PICKED_UP, HANDED_TO, PROGRESS, CONTRIBUTION, SUBMITTED, SENT_TO_AUTHORITY, AUTHORITY_DOCUMENT,
        RETURNED, ACCEPTED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, REMINDER, OVERDUE,
        LINKED_PLAN_STARTED, LINKED_PLAN_ISSUED, REPORT_SENT
    }

    @Id
    // from a sequence, fetched 50 at a time, so that many new rows go to the database in one batch
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_event_seq")
    @SequenceGenerator(name = "assignment_event_seq", sequenceName = "assignment_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Long assignmentId;

    @Column(nullable = false)
    private Instant at;

    /** Username, or null for what the system did (reminders). */
    @Column(length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Type type;

    /** The unit the event is from (the coordinating unit of a contribution). */
    @Column(length = 20)
    private String unitCode;

    private Integer percent;

    @Column(name = "note", length = Assignment.TEXT_MAX_LENGTH)
    private String text;

    private LocalDate date;

    private Long attachmentId;

    protected AssignmentEvent() {
    }

    AssignmentEvent(Long assignmentId, Instant at, String actor, Type type, String unitCode, Integer percent,
            String text, LocalDate date, Long attachmentId) {
        this.assignmentId = assignmentId;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.unitCode = unitCode;
        this.percent = percent;
        this.text = text;
        this.date = date;
        this.attachmentId = attachmentId;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Type getType() {
        return type;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Integer getPercent() {
        return percent;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDate() {
        return date;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }
}

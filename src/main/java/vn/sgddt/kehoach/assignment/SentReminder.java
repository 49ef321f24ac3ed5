package vn.sgddt.kehoach.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder or escalation that went out, for one deadline. The unique key makes a second sending for the same
 * deadline impossible, whatever fires twice; a moved deadline gets reminders of its own.
 */
@Entity
@Table(name = "assignment_sent_reminder", uniqueConstraints = @UniqueConstraint(name = "uk_sent_reminder",
        columnNames = {"assignmentId", "kind", "deadline"}))
class SentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long assignmentId;

    /** "BEFORE_3", "BEFORE_1", "OVERDUE". */
    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    SentReminder(Long assignmentId, String kind, LocalDate deadline, Instant sentAt) {
        this.assignmentId = assignmentId;
        this.kind = kind;
        this.deadline = deadline;
        this.sentAt = sentAt;
    }
}

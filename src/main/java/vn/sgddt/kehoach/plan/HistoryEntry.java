package vn.sgddt.kehoach.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision on a plan, kept for good: who, when, what, and the comment given. */
@Entity
@Table(name = "plan_history")
public class HistoryEntry {

    /** What happened to the plan. */
    public enum Action {
        CREATED, SUBMITTED, RESUBMITTED, FORWARDED, APPROVED, RETURNED, SIGNED, ISSUED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    /** The step the plan was at, for reading the timeline. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PlanStep step;

    @Column(name = "remark", length = Plan.COMMENT_MAX_LENGTH)
    private String comment;

    protected HistoryEntry() {
    }

    HistoryEntry(Instant at, String actor, Action action, PlanStep step, String comment) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.step = step;
        this.comment = comment;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public PlanStep getStep() {
        return step;
    }

    public String getComment() {
        return comment;
    }
}

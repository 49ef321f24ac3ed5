package vn.sgddt.kehoach.work;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.Persistable;

/** An open user task, as the inbox shows it. The id is Camunda's task id. */
@Entity
@Table(name = "work_item", indexes = {
        @Index(name = "idx_work_assignee_due", columnList = "assignee, dueAt, createdAt"),
        @Index(name = "idx_work_plan", columnList = "planId"),
        @Index(name = "idx_work_assignment", columnList = "assignmentId")})
public class WorkItem implements Persistable<String> {

    @Id
    @Column(length = 64)
    private String taskId;

    @Column(nullable = false, length = 64)
    private String processKey;

    @Column(nullable = false, length = 30)
    private String kind;

    private Long planId;

    @Column(length = 1000)
    private String planTitle;

    private Long assignmentId;

    /** What the task is about beyond the plan: the content of the assignment. */
    @Column(length = 1000)
    private String subject;

    /** The unit the work belongs to: the drafting unit of a plan, the lead unit of an assignment. */
    @Column(length = 20)
    private String unitCode;

    @Column(length = 64)
    private String assignee;

    // lazy, read in batches: the inbox's page never needs them, only a decision on one item does
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "work_item_candidate", joinColumns = @JoinColumn(name = "task_id"),
            indexes = @Index(name = "idx_work_candidate_group", columnList = "group_id"))
    @Column(name = "group_id", length = 64)
    private Set<String> candidateGroups = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "work_item_candidate_user", joinColumns = @JoinColumn(name = "task_id"),
            indexes = @Index(name = "idx_work_candidate_user", columnList = "username"))
    @Column(name = "username", length = 64)
    private Set<String> candidateUsers = new HashSet<>();

    /** The queues whose members see this item: its assignee's, or else its candidate groups' and users'. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "work_queue", joinColumns = @JoinColumn(name = "task_id"),
            indexes = @Index(name = "idx_work_queue_order", columnList = "queue, due_key, created_at, task_id"))
    private Set<WorkQueueEntry> queues = new HashSet<>();

    private Instant dueAt;

    @Column(nullable = false)
    private Instant createdAt;

    /**
     * The id is the task's, so Spring Data cannot tell a new item from a stored one; without this flag every new
     * item would cost a select before its insert.
     */
    @Transient
    private boolean isNew = true;

    protected WorkItem() {
    }

    WorkItem(String taskId, String processKey, String kind, Instant createdAt) {
        this.taskId = taskId;
        this.processKey = processKey;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    void describe(WorkDescription d) {
        this.kind = d.kind();
        this.planId = d.planId();
        this.planTitle = truncate(d.planTitle());
        this.assignmentId = d.assignmentId();
        this.subject = truncate(d.subject());
        this.unitCode = d.unitCode();
    }

    /** Who may act and until when, from the task's assignee and candidate identity links. */
    void assign(String assignee, java.util.Collection<? extends IdentityLink> links, Instant dueAt) {
        this.assignee = assignee;
        this.candidateGroups.clear();
        this.candidateUsers.clear();
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null && !link.getGroupId().isBlank()) {
                candidateGroups.add(link.getGroupId());
            }
            if (link.getUserId() != null && !link.getUserId().isBlank()) {
                candidateUsers.add(link.getUserId());
            }
        }
        this.dueAt = dueAt;
        Set<WorkQueueEntry> now = new HashSet<>();
        if (assignee != null) {
            now.add(new WorkQueueEntry(WorkQueueEntry.ofUser(assignee), dueAt, createdAt));
        } else {
            candidateGroups.forEach(g -> now.add(new WorkQueueEntry(WorkQueueEntry.ofGroup(g), dueAt, createdAt)));
            candidateUsers.forEach(u -> now.add(new WorkQueueEntry(WorkQueueEntry.ofUser(u), dueAt, createdAt)));
        }
        // only what changed is written: an unchanged queue stays as it is
        queues.retainAll(now);
        queues.addAll(now);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    /** Whether this person may act on it: assigned to them, or offered to them or one of their groups. */
    public boolean mayBeDoneBy(String username, java.util.Collection<String> groups) {
        if (assignee != null) {
            return assignee.equals(username);
        }
        return candidateUsers.contains(username) || candidateGroups.stream().anyMatch(groups::contains);
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public String getId() {
        return taskId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getKind() {
        return kind;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getSubject() {
        return subject;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getAssignee() {
        return assignee;
    }

    public Set<String> getCandidateGroups() {
        return Set.copyOf(candidateGroups);
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

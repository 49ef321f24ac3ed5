package vn.sgddt.kehoach.work;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One queue a work item is in: a user's own ({@code u:username}) or a group's ({@code g:group}), with the order of
 * the inbox (due first, no due date last, then the oldest) copied beside it, so the first page of a queue is read
 * straight from one index without sorting the queue.
 */
@Embeddable
public class WorkQueueEntry {

    /** Sorts a task without a due date after every task with one. */
    static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

    @Column(name = "queue", nullable = false, length = 70)
    private String queue;

    @Column(name = "due_key", nullable = false)
    private Instant dueKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkQueueEntry() {
    }

    WorkQueueEntry(String queue, Instant dueAt, Instant createdAt) {
        this.queue = queue;
        this.dueKey = dueAt == null ? NO_DUE : dueAt;
        this.createdAt = createdAt;
    }

    static String ofUser(String username) {
        return "u:" + username;
    }

    static String ofGroup(String group) {
        return "g:" + group;
    }

    String getQueue() {
        return queue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkQueueEntry e && queue.equals(e.queue) && dueKey.equals(e.dueKey)
                && createdAt.equals(e.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queue, dueKey, createdAt);
    }
}

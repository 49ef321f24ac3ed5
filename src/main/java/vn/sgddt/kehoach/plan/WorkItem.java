package vn.sgddt.kehoach.plan;

import java.time.Instant;

/** A step of a plan waiting for the current user: a line of "Việc cần xử lý" and of {@code GET /api/tasks}. */
public record WorkItem(String id, PlanStep kind, Long planId, String planTitle, String draftingUnit, Instant due,
        Instant created) {

    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}

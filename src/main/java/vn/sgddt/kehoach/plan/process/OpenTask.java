package vn.sgddt.kehoach.plan.process;

import java.time.Instant;
import java.util.List;
import vn.sgddt.kehoach.plan.PlanStep;

/** A user task of the approval process that is waiting for someone. */
public record OpenTask(String id, PlanStep step, long planId, String assignee, List<String> candidateGroups,
        Instant created, Instant due) {

    public boolean mayBeDoneBy(String username, List<String> groups) {
        if (assignee != null) {
            return assignee.equals(username);
        }
        return candidateGroups.stream().anyMatch(groups::contains);
    }
}

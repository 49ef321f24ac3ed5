package vn.sgddt.kehoach.assignment.process;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** An open user task of an assignment's process. */
public record AssignmentTask(String id, Kind kind, long assignmentId, Long reportId, String unit, String assignee,
        List<String> candidateGroups, List<String> candidateUsers, Instant created, Instant due) {

    /** The kinds of work, as {@code GET /api/tasks} names them, with the decisions each takes. */
    public enum Kind {
        LEAD("performAssignment", Set.of("SUBMIT")),
        CONTRIBUTE("contribute", Set.of("CONTRIBUTE")),
        AUTHORITY_DOCUMENT("awaitAuthorityDocument", Set.of("RECORD")),
        ACCEPT("acceptResult", Set.of("ACCEPT", "RETURN")),
        DECIDE_EXTENSION("decideExtension", Set.of("APPROVE", "REFUSE")),
        RECURRING_REPORT("submitPeriodicReport", Set.of("SUBMIT"));

        private final String taskKey;
        private final Set<String> decisions;

        Kind(String taskKey, Set<String> decisions) {
            this.taskKey = taskKey;
            this.decisions = decisions;
        }

        public String taskKey() {
            return taskKey;
        }

        public Set<String> decisions() {
            return decisions;
        }

        public static java.util.Optional<Kind> ofTaskKey(String key) {
            return java.util.Arrays.stream(values()).filter(k -> k.taskKey.equals(key)).findFirst();
        }
    }

    public boolean mayBeDoneBy(String username, Collection<String> groups) {
        if (assignee != null) {
            return assignee.equals(username);
        }
        return candidateUsers.contains(username) || candidateGroups.stream().anyMatch(groups::contains);
    }
}

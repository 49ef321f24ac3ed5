package vn.sgddt.kehoach.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the approval process where a person acts, each tied to its BPMN user task, the status the plan has
 * while it waits there and the decisions that step takes.
 */
public enum PlanStep {
    DRAFT("draftPlan", PlanStatus.DRAFT, Set.of(Decision.SUBMIT)),
    REVIEW_UNIT("reviewByUnitHead", PlanStatus.IN_REVIEW, Set.of(Decision.APPROVE, Decision.RETURN)),
    REVIEW_DEPUTY("reviewByDeputy", PlanStatus.IN_REVIEW, Set.of(Decision.APPROVE, Decision.RETURN)),
    SIGN("signPlan", PlanStatus.AWAITING_SIGNATURE, Set.of(Decision.SIGN, Decision.RETURN)),
    ISSUE("issuePlan", PlanStatus.AWAITING_ISSUE, Set.of(Decision.ISSUE));

    private final String taskKey;
    private final PlanStatus status;
    private final Set<Decision> decisions;

    PlanStep(String taskKey, PlanStatus status, Set<Decision> decisions) {
        this.taskKey = taskKey;
        this.status = status;
        this.decisions = decisions;
    }

    public String taskKey() {
        return taskKey;
    }

    public PlanStatus status() {
        return status;
    }

    public Set<Decision> decisions() {
        return decisions;
    }

    public static Optional<PlanStep> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}

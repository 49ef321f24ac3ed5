package vn.sgddt.kehoach.plan.process;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.work.WorkDescriber;
import vn.sgddt.kehoach.work.WorkDescription;

/** Describes the steps of the plan approval for the inbox. */
@Component
class PlanWorkDescriber implements WorkDescriber {

    private final PlanService plans;

    PlanWorkDescriber(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<WorkDescription> describe(String processKey, String taskKey, Map<String, Object> variables) {
        if (!PlanApprovalIds.PROCESS_KEY.equals(processKey)) {
            return Optional.empty();
        }
        long planId = ((Number) variables.get(PlanApprovalIds.VAR_PLAN_ID)).longValue();
        PlanStep step = PlanStep.ofTaskKey(taskKey).orElseThrow();
        return Optional.of(new WorkDescription(step.name(), planId, plans.titleOf(planId), null, null,
                (String) variables.get(PlanApprovalIds.VAR_DRAFTING_UNIT)));
    }
}

package vn.sgddt.kehoach.plan.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.operations.LogContext;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStep;

/** When a step of the approval begins, the plan moves to it and the step gets its due date. */
@Component("planStepListener")
class PlanStepListener implements TaskListener {

    private final PlanService plans;

    PlanStepListener(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(PlanApprovalIds.VAR_PLAN_ID)).longValue();
        PlanStep step = PlanStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
        try (var ignored = LogContext.plan(planId)) {
            task.setDueDate(Date.from(plans.stepEntered(planId, step)));
        }
    }
}

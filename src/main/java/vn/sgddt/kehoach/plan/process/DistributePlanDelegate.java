package vn.sgddt.kehoach.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.operations.LogContext;
import vn.sgddt.kehoach.plan.PlanService;

/** Sends the issued plan to its internal recipients and hands its appendix on. */
@Component("distributePlanDelegate")
class DistributePlanDelegate implements JavaDelegate {

    private final PlanService plans;

    DistributePlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(PlanApprovalIds.VAR_PLAN_ID)).longValue();
        try (var ignored = LogContext.plan(planId)) {
            plans.distribute(planId);
        }
    }
}

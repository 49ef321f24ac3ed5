package vn.sgddt.kehoach.plan.api;

import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.process.PlanApprovalIds;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkHandler;
import vn.sgddt.kehoach.work.WorkItem;

/** Decisions on the steps of the plan approval, from {@code /api/tasks}. */
@Component
class PlanWorkHandler implements WorkHandler {

    private final PlanService plans;

    PlanWorkHandler(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public boolean handles(String processKey) {
        return PlanApprovalIds.PROCESS_KEY.equals(processKey);
    }

    @Override
    public Object complete(WorkItem item, WorkDecision d) {
        Decision decision;
        try {
            decision = Decision.valueOf(d.decision() == null ? "" : d.decision());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Violation("decision", "validation.decision.notAllowed",
                    String.valueOf(d.decision()), item.getKind()));
        }
        return plans.complete(item.getTaskId(), decision, d.comment());
    }
}

package vn.sgddt.kehoach.plan.process;

import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.plan.PlanService;

/** Who acts at each step of a plan, for the BPMN assignee expressions; the directory decides, not the diagram. */
@Component("planRoutes")
public class PlanRoutes {

    private final PlanService plans;

    PlanRoutes(PlanService plans) {
        this.plans = plans;
    }

    public String unitHead(Long planId) {
        return plans.route(planId).unitHead();
    }

    public String deputyInCharge(Long planId) {
        return plans.route(planId).deputy();
    }

    public String signer(Long planId) {
        return plans.route(planId).signer();
    }
}

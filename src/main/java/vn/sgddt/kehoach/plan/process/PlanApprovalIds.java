package vn.sgddt.kehoach.plan.process;

/** Ids of bpmn/plan-approval.bpmn that code refers to. */
public final class PlanApprovalIds {

    public static final String PROCESS_KEY = "planApproval";
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_DRAFTING_UNIT = "draftingUnit";
    public static final String VAR_DECISION = "decision";

    private PlanApprovalIds() {
    }
}

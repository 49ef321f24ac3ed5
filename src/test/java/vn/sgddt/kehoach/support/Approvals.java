package vn.sgddt.kehoach.support;

import java.util.function.Supplier;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.plan.WorkItem;

/**
 * Drives plans through the approval with {@link PlanService}, each call as the official who would make it. Build one
 * per test class from the injected services; the security context is cleared after every call.
 */
public final class Approvals {

    private final PlanService plans;
    private final DirectoryService directory;

    public Approvals(PlanService plans, DirectoryService directory) {
        this.plans = plans;
        this.directory = directory;
    }

    public <T> T as(String username, Supplier<T> action) {
        SignedIn.as(directory, username);
        try {
            return action.get();
        } finally {
            SignedIn.clear();
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public PlanDetails create(String specialist, PlanContent content) {
        return as(specialist, () -> plans.create(content));
    }

    public PlanDetails submit(String specialist, long planId) {
        return as(specialist, () -> plans.submit(planId, null));
    }

    /** The open step of the plan that this user may act on; fails the test when there is none. */
    public WorkItem stepFor(String username, long planId) {
        return as(username, () -> plans.myOpenStep(planId)
                .orElseThrow(() -> new AssertionError("No open step of plan " + planId + " for " + username)));
    }

    public PlanDetails decide(String username, long planId, Decision decision, String comment) {
        String taskId = stepFor(username, planId).id();
        return as(username, () -> plans.complete(taskId, decision, comment));
    }

    public PlanDetails get(long planId) {
        return as("admin", () -> plans.get(planId));
    }

    /** Creates and submits a plan, then approves and signs it, so it waits for the clerk. */
    public PlanDetails createdAndSigned(String specialist, PlanContent content) {
        long id = create(specialist, content).id();
        submit(specialist, id);
        PlanService.Route route = plans.route(id);
        decide(route.unitHead(), id, Decision.APPROVE, null);
        decide(route.deputy(), id, Decision.APPROVE, null);
        PlanDetails signed = decide(route.signer(), id, Decision.SIGN, null);
        if (signed.currentStep() != PlanStep.ISSUE) {
            throw new AssertionError("Plan " + id + " is at " + signed.currentStep() + ", not ISSUE");
        }
        return signed;
    }

    /** The whole approval, issued by the clerk. */
    public PlanDetails issued(String specialist, PlanContent content) {
        long id = createdAndSigned(specialist, content).id();
        return decide("vanthu", id, Decision.ISSUE, null);
    }
}

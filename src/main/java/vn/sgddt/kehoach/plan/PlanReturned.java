package vn.sgddt.kehoach.plan;

/**
 * Published when a reviewer or the signer returns a plan to its drafting unit, inside the deciding transaction, with
 * the comment the drafter must see.
 */
public record PlanReturned(long planId, String title, String draftingUnit, String drafter, String returnedBy,
        PlanStep step, String comment) {
}

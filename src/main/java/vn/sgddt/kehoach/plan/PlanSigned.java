package vn.sgddt.kehoach.plan;

import java.time.Instant;

/**
 * Published when the signer signs a plan, inside the signing transaction and before the process moves on: a
 * listener that fails (a digital signature that cannot be made) makes the signing fail, so a plan is never marked
 * signed without its signature.
 *
 * @param plan the plan as it is signed, without number and date
 */
public record PlanSigned(long planId, PlanDetails plan, String signer, Instant signedAt) {
}

package vn.sgddt.kehoach.plan;

import java.time.Instant;

/**
 * Published when the signer signs a plan, inside the signing transaction: a listener that fails (a digital signature
 * that cannot be made) makes the signing fail, so a plan is never marked signed without its signature.
 */
public record PlanSigned(long planId, String signer, Instant signedAt) {
}

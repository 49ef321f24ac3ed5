/**
 * The plan as it goes out: the PDF the signer signs at the signing step (PAdES, visible block at the signature),
 * the number and date the clerk writes on it at issuing followed by the agency's seal, both kept as they were made
 * and served from then on instead of a fresh print; Word and PDF downloads of drafts, marked as drafts; and what
 * the verifier says of the signatures. The work follows the plan's own events ({@code PlanSigned},
 * {@code PlanIssued}) inside their transactions, so a signature that cannot be made stops the decision.
 */
package vn.sgddt.kehoach.exchange.publishing;

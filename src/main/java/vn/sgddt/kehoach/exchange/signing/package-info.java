/**
 * Digital signatures on issued plans (chữ ký số): the keys of signers and of the agency, PAdES signatures added as
 * incremental updates so the official's signature and the agency's seal can follow one another, the number and date
 * written after signing without breaking it, and a verifier that says, per signature, who signed, when, and whether
 * the signed bytes are intact.
 *
 * <p>In demo mode the keys come from a demo certificate authority created on first use; it is not a real authority,
 * and its name says so. The prod profile turns demo mode off, and the keys then come from the configured PKCS#12
 * files only.
 */
package vn.sgddt.kehoach.exchange.signing;

package vn.sgddt.kehoach.exchange.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What the verifier found about one signature of a PDF.
 *
 * @param fieldName the signature field's name
 * @param signerName the CN of the signer's certificate (the person's full name, or the agency), else the /Name
 * @param signingTime the time the signer's software wrote in the signature (/M); a claim, not a timestamp
 * @param subFilter the signature's format, {@code ETSI.CAdES.detached} for PAdES
 * @param signatureValid the CMS signature is intact for the bytes it covers: their digest is the one signed, and the
 *     signature matches the certificate's key
 * @param coversWholeRevision the signed bytes run from the start of the file to the end of a revision (%%EOF), all
 *     but the signature's own slot
 * @param coversWholeDocument the signed bytes run to the end of the file: nothing was added after this signature
 * @param trusted the certificate chains to a trusted authority (the demo authority or a configured anchor), at the
 *     signing time, revocation not checked
 * @param certificate the signer's certificate, null if the CMS has none
 * @param problems what is wrong, in words for a log or a tooltip; empty when nothing is
 */
public record SignatureReport(String fieldName, String signerName, Instant signingTime, String subFilter,
        boolean signatureValid, boolean coversWholeRevision, boolean coversWholeDocument, boolean trusted,
        X509Certificate certificate, List<String> problems) {

    public SignatureReport {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        // the certificate's own toString runs to a page
        return "SignatureReport[" + fieldName + ", " + signerName + ", " + signingTime + ", " + subFilter
                + ", valid=" + signatureValid + ", wholeRevision=" + coversWholeRevision + ", wholeDocument="
                + coversWholeDocument + ", trusted=" + trusted + ", problems=" + problems + "]";
    }
}

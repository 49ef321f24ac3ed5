package vn.sgddt.kehoach.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan as a file (Word, or the PDF with its digital signatures) and what its signatures are worth, for the plan
 * screens. The exchange module provides it: exchange depends on this module, so the screens ask through this
 * interface. Each method checks that the current user may see the plan, as {@link PlanService#get} does.
 */
public interface PlanPublications {

    enum Format {
        DOCX, PDF
    }

    /** A file to download. */
    record DocumentFile(String fileName, String mediaType, byte[] bytes) {
    }

    /**
     * One digital signature of the plan's PDF, as the verifier finds it now.
     *
     * @param valid the signed bytes are intact and the signature matches the certificate
     * @param coversWholeDocument nothing was added to the file after this signature
     * @param trusted the certificate chains to an authority the agency trusts
     * @param problems why it is not valid, not whole or not trusted; empty when nothing is wrong
     */
    record SignatureCheck(String signerName, Instant signedAt, boolean valid, boolean coversWholeDocument,
            boolean trusted, List<String> problems) {
    }

    /** The plan as a file: a draft is marked as such; a signed plan's PDF is the one that was signed. */
    DocumentFile document(long planId, Format format);

    /** The signatures on the plan's PDF in the order they were made; none before it is signed. */
    List<SignatureCheck> signatures(long planId);
}

package vn.sgddt.kehoach.exchange.publishing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.base.UnavailableException;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel;
import vn.sgddt.kehoach.exchange.document.PlanDocuments;
import vn.sgddt.kehoach.exchange.signing.SignatureReport;
import vn.sgddt.kehoach.exchange.signing.SignatureVerifier;
import vn.sgddt.kehoach.exchange.signing.SigningException;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanPublications;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;

/**
 * The plan as a file for whoever may read the plan. Before signing it is printed afresh and marked "DỰ THẢO";
 * from signing on the PDF is the stored, signed one (a new print would carry no signature), while Word is printed
 * from the plan as it stands, with its number and date once issued.
 */
@Service
@Transactional(readOnly = true)
class PlanFiles implements PlanPublications {

    private final PlanService plans;
    private final DirectoryService directory;
    private final PlanDocuments documents;
    private final SignatureVerifier verifier;
    private final SignedDocumentRepository store;

    PlanFiles(PlanService plans, DirectoryService directory, PlanDocuments documents, SignatureVerifier verifier,
            SignedDocumentRepository store) {
        this.plans = plans;
        this.directory = directory;
        this.documents = documents;
        this.verifier = verifier;
        this.store = store;
    }

    @Override
    public DocumentFile document(long planId, Format format) {
        PlanDetails plan = plans.get(planId);
        if (format == Format.PDF) {
            Optional<SignedDocument> signed = store.latest(planId);
            if (signed.isPresent()) {
                return new DocumentFile(fileName(plan, "pdf"), PlanDocuments.PDF_MEDIA_TYPE, signed.get().getPdf());
            }
            return new DocumentFile(fileName(plan, "pdf"), PlanDocuments.PDF_MEDIA_TYPE,
                    documents.pdf(model(plan)));
        }
        return new DocumentFile(fileName(plan, "docx"), PlanDocuments.DOCX_MEDIA_TYPE, documents.docx(model(plan)));
    }

    @Override
    public List<SignatureCheck> signatures(long planId) {
        plans.get(planId);
        Optional<SignedDocument> signed = store.latest(planId);
        if (signed.isEmpty()) {
            return List.of();
        }
        List<SignatureReport> reports;
        try {
            reports = verifier.verify(signed.get().getPdf());
        } catch (SigningException e) {
            throw new UnavailableException("publishing.error.unreadable", e.getMessage());
        }
        return reports.stream().map(r -> new SignatureCheck(r.signerName(), r.signingTime(),
                r.signatureValid() && r.coversWholeRevision(), r.coversWholeDocument(), r.trusted(), r.problems()))
                .toList();
    }

    private PlanDocumentModel model(PlanDetails plan) {
        return PlanDocumentModel.of(plan, directory.agency(),
                directory.unitNames()::get, isDraft(plan));
    }

    /** Until the signer signs, what there is to read is a draft. */
    static boolean isDraft(PlanDetails plan) {
        return plan.status() != PlanStatus.AWAITING_ISSUE && plan.status() != PlanStatus.ISSUED;
    }

    /** "05-KH-SGDDT-2026.pdf" once issued, "ke-hoach-12-du-thao.pdf" before: plain ASCII, safe in every browser. */
    static String fileName(PlanDetails plan, String extension) {
        String base;
        if (plan.number() != null && plan.issuedOn() != null) {
            base = ascii(plan.number()) + "-" + plan.issuedOn().getYear();
        } else {
            base = "ke-hoach-" + plan.id() + (isDraft(plan) ? "-du-thao" : "");
        }
        return base + "." + extension;
    }

    private static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toUpperCase(Locale.ROOT);
    }
}

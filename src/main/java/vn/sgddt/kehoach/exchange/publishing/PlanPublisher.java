package vn.sgddt.kehoach.exchange.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.base.UnavailableException;
import vn.sgddt.kehoach.base.operations.LogContext;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel;
import vn.sgddt.kehoach.exchange.document.PlanDocuments;
import vn.sgddt.kehoach.exchange.document.SigningLayout;
import vn.sgddt.kehoach.exchange.signing.KeyMaterial;
import vn.sgddt.kehoach.exchange.signing.PdfSigner;
import vn.sgddt.kehoach.exchange.signing.SignatureAppearance;
import vn.sgddt.kehoach.exchange.signing.SigningException;
import vn.sgddt.kehoach.exchange.signing.SigningKeys;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanIssued;
import vn.sgddt.kehoach.plan.PlanSigned;

/**
 * Signs the plan's PDF when the signer signs, and writes the number and date on it and seals it when the clerk
 * issues it. Both run inside the decision's transaction (they join it and refuse to run without one): when a key
 * is missing or a signature cannot be made, the exception rolls the decision back with everything else it did.
 */
@Component
class PlanPublisher {

    private static final Logger log = LoggerFactory.getLogger(PlanPublisher.class);

    // the signer's block fills most of the space between the title and the name; the seal's block sits to its
    // left and lower, its frame just over the signer's (NĐ 30 lays the seal over the signature's left), with the
    // texts apart so both stay legible
    private static final float SIGNER_WIDTH = 150;
    private static final float SIGNER_HEIGHT = 56;
    private static final float SEAL_WIDTH = 112;
    private static final float SEAL_HEIGHT = 44;
    private static final float SEAL_OVERLAP = 4;

    private final PlanDocuments documents;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;
    private final SignedDocumentRepository store;
    private final ObjectMapper json;
    private final Clock clock;

    PlanPublisher(PlanDocuments documents, PdfSigner signer, SigningKeys keys, DirectoryService directory,
            CurrentOfficial currentOfficial, SignedDocumentRepository store, ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.signer = signer;
        this.keys = keys;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPlanSigned(PlanSigned event) {
        try (var ignored = LogContext.plan(event.planId())) {
            PlanDetails plan = event.plan();
            Agency agency = directory.agency();
            String fullName = plan.signer() != null && event.signer().equals(plan.signer().username())
                    ? plan.signer().fullName() : directory.fullName(event.signer());
            byte[] signed;
            SigningLayout layout;
            try {
                PlanDocuments.PdfToSign printed = documents.pdfToSign(PlanDocumentModel.of(plan, agency,
                        directory.unitNames()::get, false));
                layout = printed.layout();
                if (layout.signature() == null) {
                    throw new SigningException("the printed plan has no space for the signature");
                }
                KeyMaterial key = keys.forSigner(event.signer(), fullName, agency.getName());
                signed = signer.sign(printed.pdf(), key, signerBlock(layout.signature(), key, plan, agency));
            } catch (SigningException | IllegalArgumentException e) {
                log.error("The plan could not be signed digitally for {}: {}", event.signer(), e.getMessage(), e);
                throw new UnavailableException("publishing.error.signing", fullName, e.getMessage());
            }
            replace(new SignedDocument(event.planId(), SignedDocument.Stage.SIGNED, signed, toJson(layout),
                    event.signer(), clock.instant()));
            log.info("Signed digitally by {}", event.signer());
        }
    }

    // first among the listeners of the issuing: when the seal fails, no assignment is made only to be rolled back
    @EventListener
    @Order(0)
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPlanIssued(PlanIssued event) {
        try (var ignored = LogContext.plan(event.planId())) {
            SignedDocument signedByOfficial = store.findByPlanIdAndStage(event.planId(), SignedDocument.Stage.SIGNED)
                    .orElseThrow(() -> new UnavailableException("publishing.error.notSigned", event.number()));
            Agency agency = directory.agency();
            byte[] sealed;
            try {
                SigningLayout layout = fromJson(signedByOfficial.getLayout());
                List<PdfSigner.TextStamp> stamps = new ArrayList<>();
                for (SigningLayout.Stamp s : layout.stamps(event.number(), event.issuedOn())) {
                    stamps.add(new PdfSigner.TextStamp(s.page(), s.x(), s.baseline(), s.text(), s.fontSize()));
                }
                byte[] numbered = stamps.isEmpty() ? signedByOfficial.getPdf()
                        : signer.stampIncrementally(signedByOfficial.getPdf(), stamps);
                KeyMaterial seal = keys.forAgency(agency.getName());
                sealed = signer.sign(numbered, seal, sealBlock(layout.signature(), seal, agency));
            } catch (SigningException | IllegalArgumentException e) {
                log.error("The issued plan {} could not be sealed: {}", event.number(), e.getMessage(), e);
                throw new UnavailableException("publishing.error.sealing", agency.getName(), e.getMessage());
            }
            replace(new SignedDocument(event.planId(), SignedDocument.Stage.ISSUED, sealed, null, clerk(),
                    clock.instant()));
            log.info("Numbered {} and sealed", event.number());
        }
    }

    /** The issuing runs in the clerk's request, through the process; the event does not say who it is. */
    private String clerk() {
        return currentOfficial.username().orElse("system");
    }

    private void replace(SignedDocument document) {
        store.findByPlanIdAndStage(document.getPlanId(), document.getStage()).ifPresent(old -> {
            store.delete(old);
            store.flush();
        });
        store.save(document);
    }

    private static SignatureAppearance signerBlock(SigningLayout.Box space, KeyMaterial key, PlanDetails plan,
            Agency agency) {
        float width = Math.min(SIGNER_WIDTH, space.width() - SEAL_WIDTH + SEAL_OVERLAP);
        float height = Math.min(SIGNER_HEIGHT, space.height() - 2);
        String position = plan.signer() == null || plan.signer().position() == null ? ""
                : plan.signer().position().strip();
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + key.signerName());
        lines.add(position.isEmpty() ? agency.getName() : position + ", " + agency.getName());
        return new SignatureAppearance(space.page(), space.x() + space.width() - width,
                space.y() + space.height() - height, width, height, lines);
    }

    private static SignatureAppearance sealBlock(SigningLayout.Box space, KeyMaterial key, Agency agency) {
        if (space == null) {
            throw new SigningException("the signed plan has no recorded place for the seal");
        }
        float signerWidth = Math.min(SIGNER_WIDTH, space.width() - SEAL_WIDTH + SEAL_OVERLAP);
        float x = space.x() + space.width() - signerWidth - SEAL_WIDTH + SEAL_OVERLAP;
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + key.signerName());
        if (agency.getParentName() != null && !agency.getParentName().isBlank()) {
            lines.add(agency.getParentName().strip());
        }
        return new SignatureAppearance(space.page(), Math.max(0, x), space.y() + 1, SEAL_WIDTH,
                Math.min(SEAL_HEIGHT, space.height() - 2), lines);
    }

    private String toJson(SigningLayout layout) {
        try {
            return json.writeValueAsString(layout);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a signing layout is always JSON", e);
        }
    }

    private SigningLayout fromJson(String text) {
        if (text == null) {
            throw new SigningException("the signed plan has no recorded layout for the number and date");
        }
        try {
            return json.readValue(text, SigningLayout.class);
        } catch (JsonProcessingException e) {
            throw new SigningException("the recorded layout of the signed plan cannot be read", e);
        }
    }
}

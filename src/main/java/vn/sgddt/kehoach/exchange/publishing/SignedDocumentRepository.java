package vn.sgddt.kehoach.exchange.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignedDocumentRepository extends JpaRepository<SignedDocument, Long> {

    Optional<SignedDocument> findByPlanIdAndStage(long planId, SignedDocument.Stage stage);

    List<SignedDocument> findByPlanId(long planId);

    /** The last stage the plan reached: issued if it was, else signed. */
    default Optional<SignedDocument> latest(long planId) {
        return findByPlanIdAndStage(planId, SignedDocument.Stage.ISSUED)
                .or(() -> findByPlanIdAndStage(planId, SignedDocument.Stage.SIGNED));
    }
}

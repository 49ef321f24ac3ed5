package vn.sgddt.kehoach.plan;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives out register numbers: gap-free and unique per agency, document type and year, even under concurrency. */
@Service
class DocumentRegisterService {

    private final DocumentRegisterRepository registers;
    private final TransactionTemplate newTransaction;

    DocumentRegisterService(DocumentRegisterRepository registers,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.registers = registers;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes the next number in the caller's transaction. The register row stays locked until that transaction
     * ends, so a rollback gives the number back and a second clerk waits rather than taking the same number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(String agencySymbol, String documentType, int year) {
        DocumentRegister register = registers
                .findByAgencySymbolAndDocumentTypeAndRegisterYear(agencySymbol, documentType, year)
                .orElseGet(() -> {
                    createIfAbsent(agencySymbol, documentType, year);
                    return registers
                            .findByAgencySymbolAndDocumentTypeAndRegisterYear(agencySymbol, documentType, year)
                            .orElseThrow();
                });
        return register.takeNext();
    }

    private void createIfAbsent(String agencySymbol, String documentType, int year) {
        try {
            newTransaction.executeWithoutResult(
                    status -> registers.saveAndFlush(new DocumentRegister(agencySymbol, documentType, year)));
        } catch (DataIntegrityViolationException raced) {
            // another clerk opened this year's register at the same moment: use theirs
        }
    }
}

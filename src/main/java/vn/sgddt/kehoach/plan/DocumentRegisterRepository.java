package vn.sgddt.kehoach.plan;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface DocumentRegisterRepository extends JpaRepository<DocumentRegister, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DocumentRegister> findByAgencySymbolAndDocumentTypeAndRegisterYear(String agencySymbol,
            String documentType, int registerYear);
}

package vn.sgddt.kehoach.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * Reads the audit log. Deliberately a plain {@link Repository}: it has no save, delete or update methods, and
 * {@link AuditTrail} only ever persists new lines; {@link AuditSearch} only reads.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, AuditSearch {

    Optional<AuditEntry> findById(Long id);

    long count();

    /** The lines written after a known one, oldest first: what a reader that copies the log has not seen yet. */
    List<AuditEntry> findByIdGreaterThanOrderByIdAsc(long id);

    Optional<AuditEntry> findTopByOrderByIdDesc();
}

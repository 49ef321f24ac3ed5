package vn.sgddt.kehoach.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads the audit log. Deliberately a plain {@link Repository}: it has no save, delete or update methods, and
 * {@link AuditTrail} only ever persists new lines.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    Optional<AuditEntry> findById(Long id);

    long count();

    /** The lines written after a known one, oldest first: what a reader that copies the log has not seen yet. */
    List<AuditEntry> findByIdGreaterThanOrderByIdAsc(long id);

    Optional<AuditEntry> findTopByOrderByIdDesc();

    /** Newest first; {@code actor} is a lower-case LIKE pattern on the username or the full name. */
    @Query("""
            select e from AuditEntry e
            where (:actor is null or lower(e.actorUsername) like :actor or lower(e.actorFullName) like :actor)
              and (:action is null or e.action = :action)
              and (:from is null or e.at >= :from)
              and (:to is null or e.at < :to)
            order by e.at desc, e.id desc""")
    Page<AuditEntry> search(String actor, String action, Instant from, Instant to, Pageable pageable);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions();
}

package vn.sgddt.kehoach.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sgddt.kehoach.base.Formats;

/**
 * Nhật ký hệ thống: the features record each change here, and the leadership and the administrator read it. Only
 * appends: no method changes or removes a line.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** The actor and the address of what no person did directly (timers, jobs). */
    public static final String SYSTEM = "system";
    static final String READERS = "hasAnyRole('GIAM_DOC', 'PHO_GIAM_DOC', 'QUAN_TRI')";

    private final EntityManager entityManager;
    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(EntityManager entityManager, AuditEntryRepository entries, Clock clock) {
        this.entityManager = entityManager;
        this.entries = entries;
        this.clock = clock;
    }

    /** What the log is searched by; null means any. {@code to} is the last day included. */
    public record Filter(String actor, String action, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /**
     * Adds a line in the caller's transaction, so it is kept exactly when the change it describes is. The address is
     * that of the current HTTP request, or "system" outside one.
     *
     * @param actorUsername who acted; null for the system
     * @param action what was done, an upper-case code such as "PLAN_APPROVE"
     * @param targetType what kind of thing it was done to, such as "PLAN"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actorUsername, String actorFullName, String action, String targetType,
            String targetId, String summary) {
        entityManager.persist(new AuditEntry(clock.instant(), actorUsername == null ? SYSTEM : actorUsername,
                actorFullName, clientAddress(), action, targetType, targetId, summary));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actorUsername, String actorFullName, String action, String targetType, long targetId,
            String summary) {
        record(actorUsername, actorFullName, action, targetType, String.valueOf(targetId), summary);
    }

    /** Newest first. */
    @PreAuthorize(READERS)
    public Page<AuditEntry> search(Filter filter, Pageable pageable) {
        String actor = filter.actor() == null || filter.actor().isBlank() ? null
                : "%" + filter.actor().strip().toLowerCase(Locale.ROOT) + "%";
        String action = filter.action() == null || filter.action().isBlank() ? null : filter.action().strip();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(Formats.ZONE).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        return entries.search(actor, action, from, to, pageable);
    }

    /** The action codes in the log, for the filter's choices. */
    @PreAuthorize(READERS)
    public List<String> actions() {
        return entries.actions();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return SYSTEM;
    }
}

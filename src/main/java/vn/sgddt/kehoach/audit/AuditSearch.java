package vn.sgddt.kehoach.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Reading the audit log by a filter (a part of the repository; it reads only). */
interface AuditSearch {

    /**
     * Newest first, unless the page names an order; {@code actor} is a lower-case LIKE pattern on the username or the full name, {@code from}
     * inclusive and {@code to} exclusive; each may be null.
     */
    Page<AuditEntry> search(String actor, String action, Instant from, Instant to, Pageable pageable);

    /** The action codes in the log, in order. */
    List<String> actions();
}

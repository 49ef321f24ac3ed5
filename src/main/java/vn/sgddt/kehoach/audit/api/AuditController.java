package vn.sgddt.kehoach.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.audit.AuditEntry;
import vn.sgddt.kehoach.audit.AuditTrail;

/** Only a GET: the log is not edited or deleted through any route. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Nhật ký hệ thống", description = "Audit log: who did what, when and from where")
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** One line of the log. */
    record AuditLine(long id, Instant at, String actorUsername, String actorFullName, String clientAddress,
            String action, String targetType, String targetId, String summary) {

        static AuditLine of(AuditEntry e) {
            return new AuditLine(e.getId(), e.getAt(), e.getActorUsername(), e.getActorFullName(),
                    e.getClientAddress(), e.getAction(), e.getTargetType(), e.getTargetId(), e.getSummary());
        }
    }

    /** One page of the log, newest first, with the total. */
    record AuditPage(List<AuditLine> items, long total, int page, int size) {
    }

    @GetMapping
    @Operation(summary = "The audit log, newest first (Giám đốc, Phó Giám đốc, administrator)")
    AuditPage list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<AuditEntry> entries = trail.search(new AuditTrail.Filter(actor, action, from, to),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return new AuditPage(entries.getContent().stream().map(AuditLine::of).toList(), entries.getTotalElements(),
                entries.getNumber(), entries.getSize());
    }
}

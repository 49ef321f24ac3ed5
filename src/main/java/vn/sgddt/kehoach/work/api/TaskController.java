package vn.sgddt.kehoach.work.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkItem;
import vn.sgddt.kehoach.work.WorkService;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Việc cần xử lý", description = "The caller's open tasks across plans and assignments, and their decisions")
class TaskController {

    private final WorkService work;
    private final Clock clock;

    TaskController(WorkService work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    /** A line of the caller's open work. */
    record TaskJson(String id, String kind, Long planId, String planTitle, Long assignmentId, String subject,
            String unit, String holder, Instant due, boolean overdue, Instant created) {

        static TaskJson of(WorkItem w, Instant now) {
            return new TaskJson(w.getTaskId(), w.getKind(), w.getPlanId(), w.getPlanTitle(), w.getAssignmentId(),
                    w.getSubject(), w.getUnitCode(), w.getAssignee(), w.getDueAt(), w.getDueAt() != null && w.getDueAt().isBefore(now),
                    w.getCreatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's open work, most urgent first")
    List<TaskJson> list(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        return work.inbox(Math.max(offset, 0), Math.min(Math.max(limit, 1), 500)).stream()
                .map(w -> TaskJson.of(w, clock.instant())).toList();
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Take the decision of an open task",
            description = "Plans: APPROVE, RETURN, SIGN, ISSUE, SUBMIT. Assignments: SUBMIT (with resultText), "
                    + "CONTRIBUTE, RECORD (documentNumber, documentDate), ACCEPT, RETURN, APPROVE, REFUSE. "
                    + "A RETURN needs a comment.")
    Object complete(@PathVariable String id, @RequestBody WorkDecision decision) {
        return work.complete(id, decision);
    }
}

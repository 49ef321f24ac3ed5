package vn.sgddt.kehoach.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.WorkItem;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Việc cần xử lý", description = "The caller's open steps and their decisions")
class TaskController {

    private final PlanService plans;

    TaskController(PlanService plans) {
        this.plans = plans;
    }

    /** A decision and, for a return, the comment that says why. */
    record CompleteRequest(Decision decision, String comment) {
    }

    @GetMapping
    @Operation(summary = "The caller's open work, most urgent first")
    List<WorkItem> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return plans.inbox(Math.max(offset, 0), Math.min(Math.max(limit, 1), 500));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Take the decision of an open step: APPROVE, RETURN, SIGN, ISSUE or SUBMIT")
    PlanDetails complete(@PathVariable String id, @RequestBody CompleteRequest request) {
        return plans.complete(id, request.decision(), request.comment());
    }
}

package vn.sgddt.kehoach.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanSummary;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Kế hoạch", description = "Plans: drafting, submission and reading")
class PlanController {

    private static final int MAX_PAGE_SIZE = 200;

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** One page of a list, with the total. */
    record PageOf<T>(List<T> items, long total, int page, int size) {

        static <T> PageOf<T> of(Page<T> page) {
            return new PageOf<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
        }
    }

    /** An optional comment sent with a submission. */
    record SubmitRequest(String comment) {
    }

    @PostMapping
    @Operation(summary = "Create a draft plan in the caller's unit")
    ResponseEntity<PlanDetails> create(@RequestBody PlanContent content) {
        PlanDetails created = plans.create(content);
        return ResponseEntity.created(URI.create("/api/plans/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    PlanDetails get(@PathVariable long id) {
        return plans.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the content of a plan while it is with its drafting unit")
    PlanDetails update(@PathVariable long id, @RequestBody PlanContent content) {
        return plans.update(id, content);
    }

    @GetMapping
    @Operation(summary = "Plans the caller may see, newest change first")
    PageOf<PlanSummary> list(@RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return PageOf.of(plans.search(status, q, request));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the draft (or resubmit a returned plan) to the head of the drafting unit")
    PlanDetails submit(@PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        return plans.submit(id, request == null ? null : request.comment());
    }
}

package vn.sgddt.kehoach.assignment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sgddt.kehoach.assignment.AssignmentDetails;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentStatus;
import vn.sgddt.kehoach.assignment.AssignmentSummary;
import vn.sgddt.kehoach.assignment.Attachment;
import vn.sgddt.kehoach.assignment.DashboardExport;
import vn.sgddt.kehoach.base.OffsetLimit;

@RestController
@RequestMapping("/api")
@Tag(name = "Nhiệm vụ", description = "Assignments from the appendices of issued plans")
class AssignmentController {

    private static final int MAX_LIMIT = 500;

    private final AssignmentService assignments;
    private final DashboardExport export;

    AssignmentController(AssignmentService assignments, DashboardExport export) {
        this.assignments = assignments;
        this.export = export;
    }

    record ProgressRequest(Integer percent, String note) {
    }

    record SubmitRequest(String resultText, String documentNumber) {
    }

    record ExtensionRequest(LocalDate newDeadline, String reason) {
    }

    record HandToRequest(String username) {
    }

    record LinkedPlan(long planId) {
    }

    @GetMapping("/assignments")
    @Operation(summary = "Assignments the caller may see; open overdue first")
    List<AssignmentSummary> list(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) String unit, @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "200") int limit) {
        Page<AssignmentSummary> page = assignments.search(new AssignmentService.Filter(planId, unit, status, from, to),
                OffsetLimit.of(Math.max(0, offset), Math.min(Math.max(1, limit), MAX_LIMIT)));
        return page.getContent();
    }

    @GetMapping("/assignments/{id}")
    AssignmentDetails get(@PathVariable long id) {
        return assignments.get(id);
    }

    @PostMapping(path = "/assignments/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record progress: percent (0-100) and a note")
    AssignmentDetails progress(@PathVariable long id, @RequestBody ProgressRequest request) {
        return assignments.recordProgress(id, request.percent(), request.note(), null);
    }

    @PostMapping(path = "/assignments/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record progress with an attachment (multipart: percent, note, file)")
    AssignmentDetails progressWithFile(@PathVariable long id, @RequestParam Integer percent,
            @RequestParam(required = false) String note, @RequestPart(required = false) MultipartFile file)
            throws IOException {
        return assignments.recordProgress(id, percent, note, upload(file));
    }

    @PostMapping(path = "/assignments/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit the result: report text and the number of the document produced, if any")
    AssignmentDetails submit(@PathVariable long id, @RequestBody SubmitRequest request) {
        return assignments.submit(id, request.resultText(), request.documentNumber(), null);
    }

    @PostMapping(path = "/assignments/{id}/submit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit the result with an attachment (multipart: resultText, documentNumber, file)")
    AssignmentDetails submitWithFile(@PathVariable long id, @RequestParam(required = false) String resultText,
            @RequestParam(required = false) String documentNumber, @RequestPart(required = false) MultipartFile file)
            throws IOException {
        return assignments.submit(id, resultText, documentNumber, upload(file));
    }

    @PostMapping("/assignments/{id}/extension")
    @Operation(summary = "Ask the Phó Giám đốc in charge for a later deadline")
    AssignmentDetails extension(@PathVariable long id, @RequestBody ExtensionRequest request) {
        return assignments.requestExtension(id, request.newDeadline(), request.reason());
    }

    @PostMapping("/assignments/{id}/pick-up")
    @Operation(summary = "Take the work as a member of the lead unit")
    AssignmentDetails pickUp(@PathVariable long id) {
        return assignments.pickUp(id);
    }

    @PostMapping("/assignments/{id}/hand-to")
    @Operation(summary = "The head of the lead unit hands the work to an official of the unit")
    AssignmentDetails handTo(@PathVariable long id, @RequestBody HandToRequest request) {
        return assignments.handTo(id, request.username());
    }

    @PostMapping("/assignments/{id}/linked-plan")
    @Operation(summary = "Start drafting the plan this assignment delivers")
    LinkedPlan linkedPlan(@PathVariable long id) {
        return new LinkedPlan(assignments.startLinkedPlan(id));
    }

    @GetMapping("/assignments/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment file = assignments.attachment(id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.getData());
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Counts per unit and per plan in the official categories")
    AssignmentService.Dashboard dashboard(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return assignments.dashboard(new AssignmentService.Filter(planId, unit, null, from, to));
    }

    @GetMapping("/dashboard.xlsx")
    @Operation(summary = "The dashboard and the assignment list as an Excel workbook")
    ResponseEntity<byte[]> dashboardXlsx(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        byte[] xlsx = export.xlsx(new AssignmentService.Filter(planId, unit, null, from, to),
                java.util.Locale.forLanguageTag("vi"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("theo-doi-thuc-hien.xlsx").build().toString())
                .contentType(MediaType.parseMediaType(DashboardExport.CONTENT_TYPE)).body(xlsx);
    }

    private static AssignmentService.Upload upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null
                : new AssignmentService.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }
}

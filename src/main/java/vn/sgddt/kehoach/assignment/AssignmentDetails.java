package vn.sgddt.kehoach.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one assignment, for the detail screen and {@code GET /api/assignments/{id}}. */
public record AssignmentDetails(Long id, Long planId, String planNumber, String planTitle, Long parentId, int seq,
        String group, String content, String leadUnit, List<String> coordinatingUnits,
        List<String> externalCoordinators, LocalDate deadline, LocalDate originalDeadline, String deadlineText,
        String issuingAuthority, boolean outsideAuthority, String followUpUnit, String deputy, String holder,
        String holderName, int progress, AssignmentState state, AssignmentStatus status, Long daysLeft,
        String recurrence, LocalDate periodEnd, String resultText, String resultDocumentNumber,
        Long resultAttachmentId, String authorityDocumentNumber, LocalDate authorityDocumentDate, Long linkedPlanId,
        LocalDate pendingExtensionDate, String pendingExtensionReason, LocalDate completedOn,
        List<TimelineEntry> timeline, List<AttachmentInfo> attachments, List<Report> reports) {

    /** A line of the timeline. */
    public record TimelineEntry(Instant at, String actor, String actorName, AssignmentEvent.Type type,
            String unit, Integer percent, String text, LocalDate date, Long attachmentId) {
    }

    /** A file, without its bytes. */
    public record AttachmentInfo(Long id, String fileName, String contentType, long size, String uploadedBy,
            Instant uploadedAt) {
    }

    /** A periodic report of a recurring assignment. */
    public record Report(Long id, LocalDate deadline, AssignmentStatus status, LocalDate completedOn) {
    }
}

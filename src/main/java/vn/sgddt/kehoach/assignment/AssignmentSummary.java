package vn.sgddt.kehoach.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * An assignment as a line of a list and of {@code GET /api/assignments}. {@code daysLeft} is negative when
 * late.
 */
public record AssignmentSummary(Long id, Long planId, String planNumber, int seq, String content, String leadUnit,
        List<String> coordinatingUnits, LocalDate deadline, String deadlineText, AssignmentStatus status,
        int progress, String holder, String holderName, Long daysLeft, Long parentId) {
}

package vn.sgddt.kehoach.assignment.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;

/** Due dates and timer dates for the BPMN expressions, from the assignment's current deadline. */
@Component("assignmentDeadlines")
public class AssignmentDeadlines {

    private final AssignmentService assignments;

    AssignmentDeadlines(AssignmentService assignments) {
        this.assignments = assignments;
    }

    public Date leadDue(Long assignmentId) {
        return toDate(assignments.leadDue(assignmentId));
    }

    public Date contributionDue(Long assignmentId) {
        return toDate(assignments.contributionDue(assignmentId));
    }

    /** The reminder the deadline watch waits for next (version 3 of the diagram on): see AssignmentService. */
    public Date nextReminderAt(Long assignmentId) {
        return toDate(assignments.nextReminderAt(assignmentId));
    }

    /**
     * The reminder offsets, one timer each: what assignment processes started on version 2 of the diagram (before
     * version 3 was deployed) ask for when their watch starts again after an extension. Newer ones ask {@link #nextReminderAt}.
     */
    public List<Integer> reminderDaysBefore() {
        return assignments.reminderDaysBefore();
    }

    /** The moment of one reminder, for processes of version 2 of the diagram (see {@link #reminderDaysBefore}). */
    public Date reminderAt(Long assignmentId, Integer daysBefore) {
        return toDate(assignments.reminderAt(assignmentId, daysBefore));
    }

    public Date overdueAt(Long assignmentId) {
        return toDate(assignments.overdueAt(assignmentId));
    }

    public Date reportOverdueAt(Long reportId) {
        return toDate(assignments.overdueAt(reportId));
    }

    public boolean hasNextPeriod(Long assignmentId) {
        return assignments.hasNextPeriod(assignmentId);
    }

    private static Date toDate(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

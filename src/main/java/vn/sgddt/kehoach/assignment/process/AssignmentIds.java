package vn.sgddt.kehoach.assignment.process;

/** Ids of bpmn/assignment.bpmn that code refers to. */
public final class AssignmentIds {

    public static final String PROCESS_KEY = "assignment";
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COORDINATING_UNIT = "coordinatingUnit";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_REPORT_DUE = "reportDue";
    public static final String MESSAGE_EXTENSION_REQUESTED = "extensionRequested";
    public static final String MESSAGE_DEADLINE_MOVED = "deadlineMoved";
    public static final String ACTIVITY_WATCH_DEADLINE = "watchDeadline";

    private AssignmentIds() {
    }
}

package vn.sgddt.kehoach.assignment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.base.operations.LogContext;

/** A periodic report is late: the same escalation as for any deliverable. */
@Component("escalateReportOverdueDelegate")
class EscalateReportOverdueDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    EscalateReportOverdueDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the report is an assignment of its own, the child of the recurring one
        long reportId = ((Number) execution.getVariable(AssignmentIds.VAR_REPORT_ID)).longValue();
        try (var ignored = LogContext.assignment(reportId)) {
            assignments.escalateOverdue(reportId);
        }
    }
}

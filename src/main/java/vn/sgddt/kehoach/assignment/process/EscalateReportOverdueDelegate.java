package vn.sgddt.kehoach.assignment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;

/** A periodic report is late: the same escalation as for any deliverable. */
@Component("escalateReportOverdueDelegate")
class EscalateReportOverdueDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    EscalateReportOverdueDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.escalateOverdue(((Number) execution.getVariable(AssignmentIds.VAR_REPORT_ID)).longValue());
    }
}

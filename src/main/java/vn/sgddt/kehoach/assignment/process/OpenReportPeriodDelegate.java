package vn.sgddt.kehoach.assignment.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.Assignment;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.base.operations.LogContext;

/** Opens the next reporting period of a recurring assignment. */
@Component("openReportPeriodDelegate")
class OpenReportPeriodDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    OpenReportPeriodDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long parentId = ((Number) execution.getVariable(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue();
        try (var ignored = LogContext.assignment(parentId)) {
            Assignment report = assignments.openReportPeriod(parentId);
            execution.setVariable(AssignmentIds.VAR_REPORT_ID, report.getId());
            execution.setVariable(AssignmentIds.VAR_REPORT_DUE, Date.from(assignments.leadDue(report.getId())));
        }
    }
}

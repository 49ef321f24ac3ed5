package vn.sgddt.kehoach.assignment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.base.operations.LogContext;

/** Reminds the lead unit of the coming deadline. */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    SendReminderDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue();
        try (var ignored = LogContext.assignment(id)) {
            assignments.remind(id, ((Number) execution.getVariable(AssignmentIds.VAR_DAYS_BEFORE)).intValue());
        }
    }
}

package vn.sgddt.kehoach.assignment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;

/** Reminds the lead unit of the coming deadline. */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    SendReminderDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.remind(((Number) execution.getVariable(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue(),
                ((Number) execution.getVariable(AssignmentIds.VAR_DAYS_BEFORE)).intValue());
    }
}

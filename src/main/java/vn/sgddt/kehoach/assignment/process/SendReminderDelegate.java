package vn.sgddt.kehoach.assignment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.base.operations.LogContext;

/**
 * Reminds the lead unit of the coming deadline: the reminder due now. Processes started on version 2 of the diagram
 * (one timer per offset, before version 3 was deployed) come here too, one timer at a time, and get the same answer.
 */
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
            assignments.remindDue(id);
        }
    }
}

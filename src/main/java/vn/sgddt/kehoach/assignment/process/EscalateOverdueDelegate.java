package vn.sgddt.kehoach.assignment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.base.operations.LogContext;

/** Tells the Phó Giám đốc in charge and the follow-up office that the deadline has passed. */
@Component("escalateOverdueDelegate")
class EscalateOverdueDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    EscalateOverdueDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue();
        try (var ignored = LogContext.assignment(id)) {
            assignments.escalateOverdue(id);
        }
    }
}

package vn.sgddt.kehoach.assignment.api;

import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.process.AssignmentIds;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkHandler;
import vn.sgddt.kehoach.work.WorkItem;

/** Decisions on an assignment's tasks, from {@code /api/tasks}. */
@Component
class AssignmentWorkHandler implements WorkHandler {

    private final AssignmentService assignments;

    AssignmentWorkHandler(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean handles(String processKey) {
        return AssignmentIds.PROCESS_KEY.equals(processKey);
    }

    @Override
    public Object complete(WorkItem item, WorkDecision d) {
        return assignments.complete(item.getTaskId(), new AssignmentService.Decision(d.decision(), d.comment(),
                d.resultText(), d.documentNumber(), d.documentDate(), null));
    }
}

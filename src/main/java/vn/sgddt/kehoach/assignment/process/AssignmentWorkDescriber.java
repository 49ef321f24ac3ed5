package vn.sgddt.kehoach.assignment.process;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.work.WorkDescriber;
import vn.sgddt.kehoach.work.WorkDescription;

/** Describes the tasks of an assignment for the inbox. */
@Component
class AssignmentWorkDescriber implements WorkDescriber {

    private final AssignmentService assignments;

    AssignmentWorkDescriber(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public Optional<WorkDescription> describe(String processKey, String taskKey, Map<String, Object> variables) {
        if (!AssignmentIds.PROCESS_KEY.equals(processKey)) {
            return Optional.empty();
        }
        AssignmentTask.Kind kind = AssignmentTask.Kind.ofTaskKey(taskKey).orElseThrow();
        long id = ((Number) variables.get(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue();
        AssignmentService.Brief brief = assignments.brief(id);
        String unit = kind == AssignmentTask.Kind.CONTRIBUTE
                ? (String) variables.get(AssignmentIds.VAR_COORDINATING_UNIT) : brief.leadUnit();
        return Optional.of(new WorkDescription(kind.name(), brief.planId(), brief.planTitle(), id, brief.content(),
                unit));
    }
}

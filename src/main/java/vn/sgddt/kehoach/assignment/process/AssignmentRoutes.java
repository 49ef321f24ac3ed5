package vn.sgddt.kehoach.assignment.process;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;

/** Who contributes, for the multi-instance "Phối hợp thực hiện". */
@Component("assignmentRoutes")
public class AssignmentRoutes {

    private final AssignmentService assignments;

    AssignmentRoutes(AssignmentService assignments) {
        this.assignments = assignments;
    }

    public List<String> coordinatingUnits(Long assignmentId) {
        return assignments.coordinatingUnits(assignmentId);
    }
}

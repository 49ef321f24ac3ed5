package vn.sgddt.kehoach.assignment.process;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.assignment.AssignmentService;

/**
 * Who does what and which way the process goes, for the expressions of bpmn/assignment.bpmn: each from the assignment
 * by its id, the one variable the process carries.
 */
@Component("assignmentRoutes")
public class AssignmentRoutes {

    private final AssignmentService assignments;

    AssignmentRoutes(AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** Who contributes, for the multi-instance "Phối hợp thực hiện". */
    public List<String> coordinatingUnits(Long assignmentId) {
        return assignments.coordinatingUnits(assignmentId);
    }

    /** The group of the lead unit (đơn vị chủ trì). */
    public String leadUnit(Long assignmentId) {
        return assignments.routing(assignmentId).leadUnit();
    }

    /** The group of the follow-up unit (đầu mối theo dõi); empty when the agency has none. */
    public String followUpUnit(Long assignmentId) {
        return emptyIfNull(assignments.routing(assignmentId).followUpUnit());
    }

    /** The deputy director in charge of the lead unit (Phó Giám đốc phụ trách); empty when there is none. */
    public String deputy(Long assignmentId) {
        return emptyIfNull(assignments.routing(assignmentId).deputy());
    }

    /** The result goes to an outside authority (cấp trên) before acceptance. */
    public boolean withAuthority(Long assignmentId) {
        return assignments.routing(assignmentId).outsideAuthority();
    }

    /** The assignment reports period after period (báo cáo định kỳ). */
    public boolean recurring(Long assignmentId) {
        return assignments.routing(assignmentId).recurring();
    }

    public boolean hasDeadline(Long assignmentId) {
        return assignments.routing(assignmentId).hasDeadline();
    }

    private static String emptyIfNull(String s) {
        return s == null ? "" : s;
    }
}

package vn.sgddt.kehoach.work;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

    List<WorkItem> findByPlanId(Long planId);

    List<WorkItem> findByAssignmentId(Long assignmentId);
}

package vn.sgddt.kehoach.work;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

    String MINE = """
            from WorkItem w
            where w.assignee = :user
               or (w.assignee is null and (
                     exists (select 1 from w.candidateGroups g where g in :groups)
                     or exists (select 1 from w.candidateUsers u where u = :user)))
            """;

    @Query("select w " + MINE + " order by case when w.dueAt is null then 1 else 0 end, w.dueAt, w.createdAt")
    List<WorkItem> mine(@Param("user") String user, @Param("groups") Collection<String> groups, Pageable page);

    @Query("select count(w) " + MINE)
    long countMine(@Param("user") String user, @Param("groups") Collection<String> groups);

    List<WorkItem> findByPlanId(Long planId);

    List<WorkItem> findByAssignmentId(Long assignmentId);
}

package vn.sgddt.kehoach.assignment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Assignments; the filtered searches and counts are {@link AssignmentSearch}'s. */
interface AssignmentRepository extends JpaRepository<Assignment, Long>, AssignmentSearch {

    List<Assignment> findByPlanIdOrderBySeqAscIdAsc(Long planId);

    List<Assignment> findByParentIdOrderByDeadlineAsc(Long parentId);

    List<Assignment> findByLeadUnitInAndStateNotAndDeadlineNotNull(Collection<String> units, AssignmentState state);

    /** Those the unit coordinates. */
    List<Assignment> findByCoordinatingUnitsContainingAndStateNotAndDeadlineNotNull(String unit,
            AssignmentState state);

    long countByPlanId(Long planId);

    /** A row of {@link AssignmentSearch#countByUnit} and of the dashboard's counts kept. */
    interface UnitCounts {
        String getUnit();

        long getWithAuthority();

        long getDoneOnTime();

        long getDoneLate();

        long getOpenOverdue();

        long getOpenInTime();
    }

    /** A row of {@link AssignmentSearch#countByPlan} and of the dashboard's counts kept. */
    interface PlanCounts {
        Long getPlanId();

        String getPlanNumber();

        String getPlanTitle();

        long getWithAuthority();

        long getDoneOnTime();

        long getDoneLate();

        long getOpenOverdue();

        long getOpenInTime();
    }
}

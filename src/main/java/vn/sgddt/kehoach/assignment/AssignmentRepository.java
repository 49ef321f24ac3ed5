package vn.sgddt.kehoach.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** The condition of each official category on {@code :today}, shared by the queries below. */
    String STATUS_IS = """
            (:status is null
             or (:status = 'WITH_AUTHORITY' and a.state = vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY)
             or (:status = 'DONE_ON_TIME' and a.state = vn.sgddt.kehoach.assignment.AssignmentState.DONE
                 and (a.deadline is null or a.completedOn <= a.deadline))
             or (:status = 'DONE_LATE' and a.state = vn.sgddt.kehoach.assignment.AssignmentState.DONE
                 and a.completedOn > a.deadline)
             or (:status = 'OPEN_OVERDUE' and a.state in (vn.sgddt.kehoach.assignment.AssignmentState.IN_PROGRESS,
                     vn.sgddt.kehoach.assignment.AssignmentState.SUBMITTED) and a.deadline < :today)
             or (:status = 'OPEN_IN_TIME' and a.state in (vn.sgddt.kehoach.assignment.AssignmentState.IN_PROGRESS,
                     vn.sgddt.kehoach.assignment.AssignmentState.SUBMITTED) and (a.deadline is null or a.deadline >= :today)))
            """;

    /**
     * Assignments a reader may see, filtered. {@code allUnits} means the whole agency; otherwise those led or
     * coordinated by one of the units. {@code leadOnly} keeps, for the unit and the units, only what they lead.
     * Open overdue first, then by deadline.
     */
    @Query("""
            select a from Assignment a
            where (:planId is null or a.planId = :planId)
              and (:unit is null or a.leadUnit = :unit
                   or (:leadOnly = false and :unit member of a.coordinatingUnits))
              and (:allUnits = true or a.leadUnit in :units
                   or (:leadOnly = false and exists (select 1 from a.coordinatingUnits c where c in :units)))
              and (:from is null or a.deadline >= :from)
              and (:to is null or a.deadline <= :to)
              and a.recurrence is null
              and """ + STATUS_IS + """
            order by case when a.state <> vn.sgddt.kehoach.assignment.AssignmentState.DONE
                           and a.deadline < :today then 0 else 1 end,
                     case when a.deadline is null then 1 else 0 end, a.deadline, a.planId, a.seq, a.id
            """)
    Page<Assignment> search(@Param("planId") Long planId, @Param("unit") String unit,
            @Param("status") String status, @Param("allUnits") boolean allUnits,
            @Param("units") Collection<String> units, @Param("leadOnly") boolean leadOnly,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("today") LocalDate today,
            Pageable pageable);

    /** Counts per lead unit and category, for the leadership's dashboard. */
    String COUNTS_BY_UNIT = """
            select a.leadUnit as unit,
                   sum(case when a.state = vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY then 1 else 0 end) as withAuthority,
                   sum(case when a.state = vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and (a.deadline is null or a.completedOn <= a.deadline) then 1 else 0 end) as doneOnTime,
                   sum(case when a.state = vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and a.completedOn > a.deadline then 1 else 0 end) as doneLate,
                   sum(case when a.state <> vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and a.state <> vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY
                             and a.deadline < :today then 1 else 0 end) as openOverdue,
                   sum(case when a.state <> vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and a.state <> vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY
                             and (a.deadline is null or a.deadline >= :today) then 1 else 0 end) as openInTime
            from Assignment a
            where (:planId is null or a.planId = :planId)
              and (:unit is null or a.leadUnit = :unit)
              and (:allUnits = true or a.leadUnit in :units)
              and (:from is null or a.deadline >= :from)
              and (:to is null or a.deadline <= :to)
              and a.recurrence is null
            """;

    String COUNTS_BY_PLAN = """
            select a.planId as planId, a.planNumber as planNumber, a.planTitle as planTitle,
                   sum(case when a.state = vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY then 1 else 0 end) as withAuthority,
                   sum(case when a.state = vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and (a.deadline is null or a.completedOn <= a.deadline) then 1 else 0 end) as doneOnTime,
                   sum(case when a.state = vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and a.completedOn > a.deadline then 1 else 0 end) as doneLate,
                   sum(case when a.state <> vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and a.state <> vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY
                             and a.deadline < :today then 1 else 0 end) as openOverdue,
                   sum(case when a.state <> vn.sgddt.kehoach.assignment.AssignmentState.DONE
                             and a.state <> vn.sgddt.kehoach.assignment.AssignmentState.WITH_AUTHORITY
                             and (a.deadline is null or a.deadline >= :today) then 1 else 0 end) as openInTime
            from Assignment a
            where (:planId is null or a.planId = :planId)
              and (:unit is null or a.leadUnit = :unit)
              and (:allUnits = true or a.leadUnit in :units)
              and (:from is null or a.deadline >= :from)
              and (:to is null or a.deadline <= :to)
              and a.recurrence is null
            """;

    @Query(COUNTS_BY_UNIT + "group by a.leadUnit")
    List<UnitCounts> countByUnit(@Param("planId") Long planId, @Param("unit") String unit,
            @Param("allUnits") boolean allUnits, @Param("units") Collection<String> units,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("today") LocalDate today);

    /** Counts per plan and category. */
    @Query(COUNTS_BY_PLAN + """
            group by a.planId, a.planNumber, a.planTitle
            order by a.planId desc
            """)
    List<PlanCounts> countByPlan(@Param("planId") Long planId, @Param("unit") String unit,
            @Param("allUnits") boolean allUnits, @Param("units") Collection<String> units,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("today") LocalDate today);

    /** A projection of {@link #countByPlan}. */
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

    List<Assignment> findByPlanIdOrderBySeqAscIdAsc(Long planId);

    List<Assignment> findByParentIdOrderByDeadlineAsc(Long parentId);

    List<Assignment> findByLeadUnitInAndStateNotAndDeadlineNotNull(Collection<String> units, AssignmentState state);

    long countByPlanId(Long planId);

    @Query("""
            select a from Assignment a
            where :unit member of a.coordinatingUnits and a.state <> :state and a.deadline is not null
            """)
    List<Assignment> findByCoordinatingUnitAndStateNotAndDeadlineNotNull(@Param("unit") String unit,
            @Param("state") AssignmentState state);

    /** A projection of {@link #countByUnit}. */
    interface UnitCounts {
        String getUnit();

        long getWithAuthority();

        long getDoneOnTime();

        long getDoneLate();

        long getOpenOverdue();

        long getOpenInTime();
    }
}

package vn.sgddt.kehoach.assignment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentTallyRepository extends JpaRepository<AssignmentTally, AssignmentTally.Key> {

    String WHERE = """
            where (:planId is null or t.planId = :planId)
              and (:unit is null or t.leadUnit = :unit)
              and (:allUnits = true or t.leadUnit in :units)
            """;

    @Modifying(flushAutomatically = true)
    @Query("""
            update AssignmentTally t set t.doneOnTime = t.doneOnTime + :onTime, t.doneLate = t.doneLate + :late
            where t.planId = :planId and t.leadUnit = :leadUnit
            """)
    int add(@Param("planId") long planId, @Param("leadUnit") String leadUnit, @Param("onTime") long onTime,
            @Param("late") long late);

    @Query("select t.leadUnit as unit, 0L as withAuthority, sum(t.doneOnTime) as doneOnTime, "
            + "sum(t.doneLate) as doneLate, 0L as openOverdue, 0L as openInTime from AssignmentTally t " + WHERE
            + " group by t.leadUnit")
    List<AssignmentRepository.UnitCounts> doneByUnit(@Param("planId") Long planId, @Param("unit") String unit,
            @Param("allUnits") boolean allUnits, @Param("units") Collection<String> units);

    @Query("select t.planId as planId, max(t.planNumber) as planNumber, max(t.planTitle) as planTitle, "
            + "0L as withAuthority, sum(t.doneOnTime) as doneOnTime, sum(t.doneLate) as doneLate, "
            + "0L as openOverdue, 0L as openInTime from AssignmentTally t " + WHERE + " group by t.planId")
    List<AssignmentRepository.PlanCounts> doneByPlan(@Param("planId") Long planId, @Param("unit") String unit,
            @Param("allUnits") boolean allUnits, @Param("units") Collection<String> units);
}

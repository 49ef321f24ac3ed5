package vn.sgddt.kehoach.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The assignment searches and counts whose conditions depend on the filter given (a part of the repository). */
interface AssignmentSearch {

    /**
     * Assignments a reader may see, filtered; every argument but the scope, {@code today} and the page may be null.
     * {@code allUnits} means the whole agency; otherwise those led or coordinated by one of {@code units}.
     * {@code leadOnly} keeps, for the unit and the units, only what they lead. Recurring parents are left out. Open
     * overdue first, then by deadline (no deadline last), plan, row and id, unless the page names an order.
     */
    Page<Assignment> search(Long planId, String unit, AssignmentStatus status, boolean allUnits,
            Collection<String> units, boolean leadOnly, LocalDate from, LocalDate to, LocalDate today,
            Pageable pageable);

    /** Counts per lead unit and category, over every assignment the filter names (the dashboard with dates). */
    List<AssignmentRepository.UnitCounts> countByUnit(Long planId, String unit, boolean allUnits,
            Collection<String> units, LocalDate from, LocalDate to, LocalDate today);

    /** Counts per plan and category, newest plan first. */
    List<AssignmentRepository.PlanCounts> countByPlan(Long planId, String unit, boolean allUnits,
            Collection<String> units, LocalDate from, LocalDate to, LocalDate today);
}

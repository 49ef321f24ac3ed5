package vn.sgddt.kehoach.plan;

import org.springframework.data.jpa.repository.JpaRepository;

/** Plans; the filtered search is {@link PlanSearch}'s. */
interface PlanRepository extends JpaRepository<Plan, Long>, PlanSearch {
}

package vn.sgddt.kehoach.plan;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<Plan, Long> {

    /**
     * Plans a reader may see, optionally filtered by status and a text found in the title or the number. A null
     * unit means the reader sees the whole agency; otherwise plans drafted by the unit or addressed to it.
     */
    @Query("""
            select p from Plan p
            where (:status is null or p.status = :status)
              and (:text is null or lower(p.title) like :text or lower(p.number) like :text)
              and (:unit is null or p.draftingUnit = :unit
                   or exists (select 1 from p.recipients r where r.unitCode = :unit))
            """)
    Page<Plan> search(@Param("status") PlanStatus status, @Param("text") String text, @Param("unit") String unit,
            Pageable pageable);

}

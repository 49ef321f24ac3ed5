package vn.sgddt.kehoach.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import vn.sgddt.kehoach.base.persistence.CriteriaPages;

/** {@link PlanSearch} with the Criteria API: each condition only when its filter is given. */
class PlanSearchImpl implements PlanSearch {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Page<Plan> search(PlanStatus status, String text, String unit, Pageable pageable) {
        return CriteriaPages.page(em, Plan.class, (p, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(p.get("status"), status));
            }
            if (text != null) {
                where.add(cb.or(cb.like(cb.lower(p.get("title")), text), cb.like(cb.lower(p.get("number")), text)));
            }
            if (unit != null) {
                Subquery<Long> addressed = query.subquery(Long.class);
                Root<Plan> same = addressed.correlate(p);
                addressed.select(same.get("id")).where(cb.equal(same.join("recipients").get("unitCode"), unit));
                where.add(cb.or(cb.equal(p.get("draftingUnit"), unit), cb.exists(addressed)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, p) -> List.of(cb.desc(p.get("updatedAt")), cb.desc(p.get("id"))), pageable);
    }
}

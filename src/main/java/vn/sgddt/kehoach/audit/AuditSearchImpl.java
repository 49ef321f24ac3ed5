package vn.sgddt.kehoach.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import vn.sgddt.kehoach.base.persistence.CriteriaPages;

/** {@link AuditSearch} with the Criteria API: each condition only when its filter is given. */
class AuditSearchImpl implements AuditSearch {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Page<AuditEntry> search(String actor, String action, Instant from, Instant to, Pageable pageable) {
        return CriteriaPages.page(em, AuditEntry.class, (e, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor != null) {
                where.add(cb.or(cb.like(cb.lower(e.get("actorUsername")), actor),
                        cb.like(cb.lower(e.get("actorFullName")), actor)));
            }
            if (action != null) {
                where.add(cb.equal(e.get("action"), action));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(e.get("at"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(e.get("at"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, e) -> List.of(cb.desc(e.get("at")), cb.desc(e.get("id"))), pageable);
    }

    @Override
    public List<String> actions() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<AuditEntry> e = query.from(AuditEntry.class);
        query.select(e.get("action")).distinct(true).orderBy(cb.asc(e.get("action")));
        return em.createQuery(query).getResultList();
    }
}

package vn.sgddt.kehoach.base.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A page of entities read with the Criteria API: the rows and, only when the page does not tell it by itself, their
 * count, both with the same conditions. The searches of the repositories are built this way rather than as JPQL in
 * {@code @Query}: a filter that is not given is left out of the SQL instead of written as {@code :x is null or …},
 * and no query string is parsed, neither at start (Spring Data and Hibernate each parse every {@code @Query} with
 * ANTLR when the repository is made, which was a third of the start-up's main thread) nor at the first call.
 */
public final class CriteriaPages {

    private CriteriaPages() {
    }

    /**
     * The page of {@code type} that satisfies {@code where}, in the pageable's order if it has one, else in
     * {@code order}.
     */
    public static <T> Page<T> page(EntityManager em, Class<T> type, Specification<T> where,
            BiFunction<CriteriaBuilder, Root<T>, List<Order>> order, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root);
        Predicate condition = where.toPredicate(root, select, cb);
        if (condition != null) {
            select.where(condition);
        }
        select.orderBy(pageable.getSort().isSorted() ? QueryUtils.toOrders(pageable.getSort(), root, cb)
                : order.apply(cb, root));
        var query = em.createQuery(select);
        if (pageable.isPaged()) {
            query.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
        List<T> rows = query.getResultList();
        return PageableExecutionUtils.getPage(rows, pageable, () -> count(em, type, where));
    }

    private static <T> long count(EntityManager em, Class<T> type, Specification<T> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> root = count.from(type);
        count.select(cb.count(root));
        Predicate condition = where.toPredicate(root, count, cb);
        if (condition != null) {
            count.where(condition);
        }
        return em.createQuery(count).getSingleResult();
    }
}

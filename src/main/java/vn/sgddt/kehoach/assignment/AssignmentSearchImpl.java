package vn.sgddt.kehoach.assignment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import vn.sgddt.kehoach.base.persistence.CriteriaPages;

/**
 * {@link AssignmentSearch} with the Criteria API: each condition only when its filter is given. The categories are
 * those of {@link Assignment#statusOn}.
 */
class AssignmentSearchImpl implements AssignmentSearch {

    private static final List<AssignmentState> OPEN = List.of(AssignmentState.IN_PROGRESS,
            AssignmentState.SUBMITTED);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Page<Assignment> search(Long planId, String unit, AssignmentStatus status, boolean allUnits,
            Collection<String> units, boolean leadOnly, LocalDate from, LocalDate to, LocalDate today,
            Pageable pageable) {
        return CriteriaPages.page(em, Assignment.class, (a, query, cb) -> {
            List<Predicate> where = filter(cb, query, a, planId, unit, allUnits, units, leadOnly, from, to);
            if (status != null) {
                where.add(hasStatus(cb, a, status, today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, a) -> {
            Path<LocalDate> deadline = a.get("deadline");
            return List.of(
                    cb.asc(cb.<Integer>selectCase()
                            .when(cb.and(cb.notEqual(a.get("state"), AssignmentState.DONE),
                                    cb.lessThan(deadline, today)), cb.literal(0))
                            .otherwise(cb.literal(1))),
                    cb.asc(cb.<Integer>selectCase().when(cb.isNull(deadline), cb.literal(1))
                            .otherwise(cb.literal(0))),
                    cb.asc(deadline), cb.asc(a.get("planId")), cb.asc(a.get("seq")), cb.asc(a.get("id")));
        }, pageable);
    }

    @Override
    public List<AssignmentRepository.UnitCounts> countByUnit(Long planId, String unit, boolean allUnits,
            Collection<String> units, LocalDate from, LocalDate to, LocalDate today) {
        return sumsPer(List.of("leadUnit"), planId, unit, allUnits, units, from, to, today).stream()
                .<AssignmentRepository.UnitCounts>map(t -> new AssignmentTallies.UnitRow(t.get(0, String.class),
                        count(t, 1), count(t, 2), count(t, 3), count(t, 4), count(t, 5)))
                .toList();
    }

    @Override
    public List<AssignmentRepository.PlanCounts> countByPlan(Long planId, String unit, boolean allUnits,
            Collection<String> units, LocalDate from, LocalDate to, LocalDate today) {
        return sumsPer(List.of("planId", "planNumber", "planTitle"), planId, unit, allUnits, units, from, to, today)
                .stream()
                .<AssignmentRepository.PlanCounts>map(t -> new AssignmentTallies.PlanRow(t.get(0, Long.class),
                        t.get(1, String.class), t.get(2, String.class), count(t, 3), count(t, 4), count(t, 5),
                        count(t, 6), count(t, 7)))
                .toList();
    }

    /**
     * Per value of {@code keys}, in descending order of the first: the keys, then the assignments the filter names
     * (lead units only) in each category of {@link #categorySums}.
     */
    private List<Tuple> sumsPer(List<String> keys, Long planId, String unit, boolean allUnits,
            Collection<String> units, LocalDate from, LocalDate to, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Assignment> a = query.from(Assignment.class);
        List<Expression<?>> groups = keys.stream().<Expression<?>>map(a::get).toList();
        List<Expression<?>> columns = new ArrayList<>(groups);
        columns.addAll(categorySums(cb, a, today));
        query.multiselect(columns.toArray(Expression[]::new))
                .where(filter(cb, query, a, planId, unit, allUnits, units, true, from, to).toArray(Predicate[]::new))
                .groupBy(groups)
                .orderBy(cb.desc(groups.get(0)));
        return em.createQuery(query).getResultList();
    }

    /**
     * The conditions the search and the counts share: not a recurring parent, the plan and the unit when given, the
     * scope unless the whole agency, and the deadline's range. Unless {@code leadOnly}, a unit and the scope take in
     * what they coordinate as well as what they lead.
     */
    private static List<Predicate> filter(CriteriaBuilder cb, CommonAbstractCriteria query, Root<Assignment> a,
            Long planId, String unit, boolean allUnits, Collection<String> units, boolean leadOnly, LocalDate from,
            LocalDate to) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(a.get("recurrence")));
        if (planId != null) {
            where.add(cb.equal(a.get("planId"), planId));
        }
        if (unit != null) {
            Predicate leads = cb.equal(a.get("leadUnit"), unit);
            where.add(leadOnly ? leads
                    : cb.or(leads, cb.isMember(unit, a.<Collection<String>>get("coordinatingUnits"))));
        }
        if (!allUnits) {
            Predicate leads = a.get("leadUnit").in(units);
            if (leadOnly) {
                where.add(leads);
            } else {
                Subquery<Long> coordinated = query.subquery(Long.class);
                Root<Assignment> same = coordinated.correlate(a);
                coordinated.select(same.get("id")).where(same.join("coordinatingUnits").in(units));
                where.add(cb.or(leads, cb.exists(coordinated)));
            }
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(a.get("deadline"), from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(a.get("deadline"), to));
        }
        return where;
    }

    private static Predicate hasStatus(CriteriaBuilder cb, Root<Assignment> a, AssignmentStatus status,
            LocalDate today) {
        Path<Object> state = a.get("state");
        Path<LocalDate> deadline = a.get("deadline");
        Path<LocalDate> completedOn = a.get("completedOn");
        return switch (status) {
            case WITH_AUTHORITY -> cb.equal(state, AssignmentState.WITH_AUTHORITY);
            case DONE_ON_TIME -> cb.and(cb.equal(state, AssignmentState.DONE),
                    cb.or(cb.isNull(deadline), cb.lessThanOrEqualTo(completedOn, deadline)));
            case DONE_LATE -> cb.and(cb.equal(state, AssignmentState.DONE), cb.greaterThan(completedOn, deadline));
            case OPEN_OVERDUE -> cb.and(state.in(OPEN), cb.lessThan(deadline, today));
            case OPEN_IN_TIME -> cb.and(state.in(OPEN),
                    cb.or(cb.isNull(deadline), cb.greaterThanOrEqualTo(deadline, today)));
        };
    }

    /** With authority, done on time, done late, open overdue, open in time: a sum of 1 per assignment in each. */
    private static List<Expression<?>> categorySums(CriteriaBuilder cb, Root<Assignment> a, LocalDate today) {
        List<Expression<?>> sums = new ArrayList<>();
        for (AssignmentStatus status : List.of(AssignmentStatus.WITH_AUTHORITY, AssignmentStatus.DONE_ON_TIME,
                AssignmentStatus.DONE_LATE, AssignmentStatus.OPEN_OVERDUE, AssignmentStatus.OPEN_IN_TIME)) {
            sums.add(cb.sum(cb.<Long>selectCase().when(hasStatus(cb, a, status, today), cb.literal(1L))
                    .otherwise(cb.literal(0L))));
        }
        return sums;
    }

    private static long count(Tuple t, int index) {
        Number n = (Number) t.get(index);
        return n == null ? 0 : n.longValue();
    }
}

package vn.sgddt.kehoach.assignment;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dashboard's counts ("Theo dõi thực hiện") kept as the assignments change, so that it adds up a few rows instead
 * of reading every assignment of every year: per plan and lead unit ({@code assignment_tally}), per plan
 * ({@code assignment_plan_tally}) and per lead unit ({@code assignment_unit_tally}), each with the assignments open,
 * with an outside authority, done on time and done late. Whether an open assignment is overdue depends on the day,
 * so that split is counted when asked, from the open assignments whose deadline has passed (a range of the index on
 * state and deadline).
 * <p>
 * {@link AssignmentTallyListener} tells this what each transaction loads, creates and removes; when the transaction
 * commits, every assignment's category then is compared with its category when it was loaded, and the differences
 * are added to the rows in the same transaction, in one order of keys for every transaction (no deadlock between
 * two of them over the counts) and at its very end (a row is locked only while the transaction commits). Hibernate
 * writes the assignments' own rows after that, when the transaction commits, unless something flushed them before:
 * two transactions changing the same assignment at once can then deadlock, one holding the assignment and waiting
 * for a count, the other the reverse; the database gives up one of them, which fails as a concurrent change (and is
 * run again where the action is {@code @RetriedOnConcurrentChange}), as it would on the assignment's version anyway.
 * Flushing first would order the locks, but cost issuing 0.8 s of 2 s (200 rows, PostgreSQL, measured). An
 * assignment carries a version, so the category it was loaded with is the one its last writer committed, and the
 * differences add up.
 * Recurring rows are not counted (their periodic reports are). Work written by SQL past the entities (a bulk import
 * of history, a repair by hand) is counted again by {@link #recount()}.
 */
@Component
public class AssignmentTallies {

    /** The counted categories: open (overdue or not), with an outside authority, done on time, done late. */
    private static final int OPEN = 0;
    private static final int WITH_AUTHORITY = 1;
    private static final int DONE_ON_TIME = 2;
    private static final int DONE_LATE = 3;
    /** Not counted: recurring, not yet created, removed. */
    private static final int NONE = -1;

    private static final String COLUMNS = "open_count, with_authority, done_on_time, done_late";
    private static final String SUMS = "sum(open_count), sum(with_authority), sum(done_on_time), sum(done_late)";

    private final NamedParameterJdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile String[] upserts;

    AssignmentTallies(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    // ---- keeping the counts

    /** An assignment entered the persistence context: loaded, or about to be inserted ({@code created}). */
    void track(Assignment a, boolean created) {
        Changes changes = changes();
        if (changes != null) {
            changes.before.putIfAbsent(a, created ? NONE : category(a));
        }
    }

    /** An assignment is about to be deleted. */
    void removed(Assignment a) {
        Changes changes = changes();
        if (changes != null) {
            changes.before.putIfAbsent(a, category(a));
            changes.removed.put(a, Boolean.TRUE);
        }
    }

    /** The counted category, by the official one ({@link Assignment#statusOn}); open whatever the day. */
    private static int category(Assignment a) {
        if (a.isRecurring()) {
            return NONE;
        }
        return switch (a.statusOn(LocalDate.MIN)) {
            case OPEN_IN_TIME, OPEN_OVERDUE -> OPEN;
            case WITH_AUTHORITY -> WITH_AUTHORITY;
            case DONE_ON_TIME -> DONE_ON_TIME;
            case DONE_LATE -> DONE_LATE;
        };
    }

    /** The changes of the current transaction, registered with it on first use; null outside a transaction. */
    private Changes changes() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            changes = new Changes();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(changes);
        }
        return changes;
    }

    /** What one transaction loaded and removed, and what it adds to the counts when it commits. */
    private final class Changes implements TransactionSynchronization {

        final Map<Assignment, Integer> before = new IdentityHashMap<>();
        final Map<Assignment, Boolean> removed = new IdentityHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (readOnly || !TransactionSynchronizationManager.isActualTransactionActive()) {
                // Hibernate writes nothing of a read-only transaction, nor of a scope without one: nothing to count
                return;
            }
            Map<PlanUnit, long[]> byPlanUnit = new TreeMap<>();
            Map<Long, long[]> byPlan = new TreeMap<>();
            Map<String, long[]> byUnit = new TreeMap<>();
            Map<Long, String[]> planNames = new HashMap<>();
            before.forEach((a, was) -> {
                int now = removed.containsKey(a) ? NONE : category(a);
                if (now != was) {
                    add(byPlanUnit.computeIfAbsent(new PlanUnit(a.getPlanId(), a.getLeadUnit()), k -> new long[4]),
                            was, now);
                    add(byPlan.computeIfAbsent(a.getPlanId(), k -> new long[4]), was, now);
                    add(byUnit.computeIfAbsent(a.getLeadUnit(), k -> new long[4]), was, now);
                    planNames.putIfAbsent(a.getPlanId(), new String[] {a.getPlanNumber(), a.getPlanTitle()});
                }
            });
            write(byPlanUnit, byPlan, byUnit, planNames);
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AssignmentTallies.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AssignmentTallies.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AssignmentTallies.this);
        }
    }

    private static void add(long[] counts, int was, int now) {
        if (was != NONE) {
            counts[was]--;
        }
        if (now != NONE) {
            counts[now]++;
        }
    }

    private record PlanUnit(long planId, String unit) implements Comparable<PlanUnit> {
        @Override
        public int compareTo(PlanUnit o) {
            return planId != o.planId ? Long.compare(planId, o.planId) : unit.compareTo(o.unit);
        }
    }

    /** Adds the differences, key by key in ascending order, table after table. */
    private void write(Map<PlanUnit, long[]> byPlanUnit, Map<Long, long[]> byPlan, Map<String, long[]> byUnit,
            Map<Long, String[]> planNames) {
        String[] sql = upserts();
        List<MapSqlParameterSource> planUnitRows = new ArrayList<>();
        byPlanUnit.forEach((k, c) -> {
            if (any(c)) {
                planUnitRows.add(counts(c).addValue("planId", k.planId()).addValue("unit", k.unit())
                        .addValue("number", planNames.get(k.planId())[0])
                        .addValue("title", planNames.get(k.planId())[1]));
            }
        });
        List<MapSqlParameterSource> planRows = new ArrayList<>();
        byPlan.forEach((k, c) -> {
            if (any(c)) {
                planRows.add(counts(c).addValue("planId", k).addValue("number", planNames.get(k)[0])
                        .addValue("title", planNames.get(k)[1]));
            }
        });
        List<MapSqlParameterSource> unitRows = new ArrayList<>();
        byUnit.forEach((k, c) -> {
            if (any(c)) {
                unitRows.add(counts(c).addValue("unit", k));
            }
        });
        batch(sql[0], planUnitRows);
        batch(sql[1], planRows);
        batch(sql[2], unitRows);
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static boolean any(long[] c) {
        return c[0] != 0 || c[1] != 0 || c[2] != 0 || c[3] != 0;
    }

    private static MapSqlParameterSource counts(long[] c) {
        return new MapSqlParameterSource().addValue("open", c[OPEN]).addValue("authority", c[WITH_AUTHORITY])
                .addValue("onTime", c[DONE_ON_TIME]).addValue("late", c[DONE_LATE]);
    }

    /**
     * Add-or-insert of a row of each table: PostgreSQL's {@code insert … on conflict do update} (atomic when two
     * transactions insert the same new key), the standard {@code merge} elsewhere (H2, the embedded default).
     */
    private String[] upserts() {
        String[] sql = upserts;
        if (sql == null) {
            boolean postgres;
            try {
                postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                        .toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            sql = new String[] {
                upsert(postgres, "assignment_tally", List.of("plan_id", "lead_unit"),
                        List.of("planId", "unit"), List.of("plan_number", "plan_title"), List.of("number", "title")),
                upsert(postgres, "assignment_plan_tally", List.of("plan_id"), List.of("planId"),
                        List.of("plan_number", "plan_title"), List.of("number", "title")),
                upsert(postgres, "assignment_unit_tally", List.of("lead_unit"), List.of("unit"), List.of(),
                        List.of())};
            upserts = sql;
        }
        return sql;
    }

    private static String upsert(boolean postgres, String table, List<String> keys, List<String> keyParams,
            List<String> names, List<String> nameParams) {
        List<String> counts = List.of("open_count", "with_authority", "done_on_time", "done_late");
        List<String> countParams = List.of("open", "authority", "onTime", "late");
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(names);
        columns.addAll(counts);
        List<String> params = new ArrayList<>(keyParams);
        params.addAll(nameParams);
        params.addAll(countParams);
        if (postgres) {
            return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", params.stream().map(p -> ":" + p).toList()) + ") on conflict ("
                    + String.join(", ", keys) + ") do update set "
                    + String.join(", ", counts.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c)
                            .toList());
        }
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String type = column.equals("plan_id") || counts.contains(column) ? "bigint"
                    : column.equals("plan_title") ? "varchar(1000)" : "varchar(50)";
            typed.add("cast(:" + params.get(i) + " as " + type + ")");
        }
        return "merge into " + table + " t using (values (" + String.join(", ", typed) + ")) s("
                + String.join(", ", columns) + ") on "
                + String.join(" and ", keys.stream().map(k -> "t." + k + " = s." + k).toList())
                + " when matched then update set "
                + String.join(", ", counts.stream().map(c -> c + " = t." + c + " + s." + c).toList())
                + " when not matched then insert (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "s." + c).toList()) + ")";
    }

    /**
     * Counts every assignment again into the three tables, for work written by SQL past the entities (bulk imports of
     * history, repairs by hand). Run it while no one works: a transaction that commits meanwhile may be counted twice.
     */
    public void recount() {
        MapSqlParameterSource none = new MapSqlParameterSource();
        jdbc.update("delete from assignment_tally", none);
        jdbc.update("insert into assignment_tally (plan_id, lead_unit, plan_number, plan_title, " + COLUMNS + ") "
                + "select plan_id, lead_unit, max(plan_number), max(plan_title), "
                + "sum(case when state in ('IN_PROGRESS', 'SUBMITTED') then 1 else 0 end), "
                + "sum(case when state = 'WITH_AUTHORITY' then 1 else 0 end), "
                + "sum(case when state = 'DONE' and (deadline is null or completed_on <= deadline) then 1 else 0 end), "
                + "sum(case when state = 'DONE' and completed_on > deadline then 1 else 0 end) "
                + "from assignment where recurrence is null group by plan_id, lead_unit", none);
        jdbc.update("delete from assignment_plan_tally", none);
        jdbc.update("insert into assignment_plan_tally (plan_id, plan_number, plan_title, " + COLUMNS + ") "
                + "select plan_id, max(plan_number), max(plan_title), " + SUMS + " from assignment_tally "
                + "group by plan_id", none);
        jdbc.update("delete from assignment_unit_tally", none);
        jdbc.update("insert into assignment_unit_tally (lead_unit, " + COLUMNS + ") "
                + "select lead_unit, " + SUMS + " from assignment_tally group by lead_unit", none);
    }

    // ---- reading the counts

    /** The dashboard's counts per lead unit and per plan (newest first), each row with something in it. */
    record Counts(List<AssignmentRepository.UnitCounts> byUnit, List<AssignmentRepository.PlanCounts> byPlan) {
    }

    /**
     * The counts of one plan or all ({@code planId} null), of one lead unit or all ({@code unit} null), of the given
     * units unless {@code allUnits}; overdue on {@code today}. Read in one snapshot (the caller's transaction should
     * be repeatable-read), so that the overdue ones are a part of the open ones counted.
     */
    Counts counts(Long planId, String unit, boolean allUnits, Collection<String> units, LocalDate today) {
        Filter f = new Filter(planId, unit, allUnits, units, today);
        Overdue overdue = overdue(f);
        return new Counts(byUnit(f, overdue), byPlan(f, overdue));
    }

    /** The counts per lead unit of the whole agency, without those per plan (for the metrics). */
    List<AssignmentRepository.UnitCounts> unitCounts(LocalDate today) {
        Filter f = new Filter(null, null, true, List.of(), today);
        return byUnit(f, overdue(f));
    }

    private record Filter(Long planId, String unit, boolean allUnits, Collection<String> units, LocalDate today) {

        boolean wholeAgency() {
            return planId == null && unit == null && allUnits;
        }

        /** The conditions on {@code plan_id} and {@code lead_unit}, which every table read here has. */
        String where(String first) {
            List<String> conditions = new ArrayList<>();
            if (planId != null) {
                conditions.add("plan_id = :planId");
            }
            if (unit != null) {
                conditions.add("lead_unit = :unit");
            }
            if (!allUnits) {
                conditions.add("lead_unit in (:units)");
            }
            return conditions.isEmpty() ? "" : " " + first + " " + String.join(" and ", conditions);
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource().addValue("planId", planId).addValue("unit", unit)
                    .addValue("units", allUnits || units.isEmpty() ? List.of("-") : units).addValue("today", today);
        }
    }

    /** The open assignments past their deadline, per lead unit and per plan. */
    private record Overdue(Map<String, Long> byUnit, Map<Long, Long> byPlan) {
    }

    private Overdue overdue(Filter f) {
        Overdue overdue = new Overdue(new HashMap<>(), new HashMap<>());
        // one select per open state, each an equality on state and a range of deadlines in the index on both; H2
        // reads "state in (…) and deadline < …" as every open row of those states, 100,000 of them at full volume
        String pastDeadline = " and deadline < :today and recurrence is null" + f.where("and");
        jdbc.query("select plan_id, lead_unit, count(*) from ("
                + "select plan_id, lead_unit from assignment where state = 'IN_PROGRESS'" + pastDeadline
                + " union all select plan_id, lead_unit from assignment where state = 'SUBMITTED'" + pastDeadline
                + ") overdue group by plan_id, lead_unit", f.parameters(), rs -> {
                    overdue.byPlan().merge(rs.getLong(1), rs.getLong(3), Long::sum);
                    overdue.byUnit().merge(rs.getString(2), rs.getLong(3), Long::sum);
                });
        return overdue;
    }

    private List<AssignmentRepository.UnitCounts> byUnit(Filter f, Overdue overdue) {
        String sql = f.wholeAgency() ? "select lead_unit, " + COLUMNS + " from assignment_unit_tally"
                : "select lead_unit, " + SUMS + " from assignment_tally" + f.where("where") + " group by lead_unit";
        List<AssignmentRepository.UnitCounts> rows = new ArrayList<>();
        jdbc.query(sql, f.parameters(), rs -> {
            long late = overdue.byUnit().getOrDefault(rs.getString(1), 0L);
            UnitRow row = new UnitRow(rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getLong(5), late,
                    rs.getLong(2) - late);
            if (row.any()) {
                rows.add(row);
            }
        });
        return rows;
    }

    private List<AssignmentRepository.PlanCounts> byPlan(Filter f, Overdue overdue) {
        String sql = f.wholeAgency()
                ? "select plan_id, plan_number, plan_title, " + COLUMNS + " from assignment_plan_tally"
                : "select plan_id, max(plan_number), max(plan_title), " + SUMS + " from assignment_tally"
                        + f.where("where") + " group by plan_id";
        List<AssignmentRepository.PlanCounts> rows = new ArrayList<>();
        jdbc.query(sql + " order by plan_id desc", f.parameters(), rs -> {
            long late = overdue.byPlan().getOrDefault(rs.getLong(1), 0L);
            PlanRow row = new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(5), rs.getLong(6),
                    rs.getLong(7), late, rs.getLong(4) - late);
            if (row.any()) {
                rows.add(row);
            }
        });
        return rows;
    }

    /** A dashboard row per unit. */
    record UnitRow(String getUnit, long getWithAuthority, long getDoneOnTime, long getDoneLate, long getOpenOverdue,
            long getOpenInTime) implements AssignmentRepository.UnitCounts {
        boolean any() {
            return getWithAuthority + getDoneOnTime + getDoneLate + getOpenOverdue + getOpenInTime > 0;
        }
    }

    /** A dashboard row per plan. */
    record PlanRow(Long getPlanId, String getPlanNumber, String getPlanTitle, long getWithAuthority,
            long getDoneOnTime, long getDoneLate, long getOpenOverdue, long getOpenInTime)
            implements AssignmentRepository.PlanCounts {
        boolean any() {
            return getWithAuthority + getDoneOnTime + getDoneLate + getOpenOverdue + getOpenInTime > 0;
        }
    }
}

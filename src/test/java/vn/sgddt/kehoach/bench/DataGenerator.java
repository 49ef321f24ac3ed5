package vn.sgddt.kehoach.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentTallies;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.plan.PlanIssued;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * The volume of a Sở after some years: plans of earlier years whose assignments are all done (inserted in bulk, as
 * history is), plans of this year issued through the application's own issuing path (assignments, process
 * instances, tasks, timers, the inbox's read model), and officials who work through the API.
 */
final class DataGenerator {

    static final String PASSWORD = "Bench-2026-mật-khẩu";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AssignmentService assignments;
    private final AssignmentTallies tallies;
    private final DirectoryService directory;
    private final TaskService tasks;
    private final Clock clock;
    private final List<String> units;

    /** The SQL of the next id of Hibernate's pooled sequence of assignments (V9), on this database. */
    private final String nextAssignmentId;

    DataGenerator(ApplicationContext context, String database) {
        this.nextAssignmentId = database.equals("postgres") ? "nextval('assignment_seq')"
                : "next value for assignment_seq";
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.assignments = context.getBean(AssignmentService.class);
        this.tallies = context.getBean(AssignmentTallies.class);
        this.directory = context.getBean(DirectoryService.class);
        this.tasks = context.getBean(TaskService.class);
        this.clock = context.getBean(Clock.class);
        this.units = directory.units().stream().map(Unit::getCode).toList();
    }

    List<String> units() {
        return units;
    }

    /** Plans of the three years before this one, each with its assignments done, on time or late. */
    void finishedHistory(int plans, int rowsPerPlan) {
        int thisYear = LocalDate.now(clock).getYear();
        Random random = new Random(1);
        Instant now = clock.instant();
        List<Object[]> planRows = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            int year = thisYear - 1 - (i % 3);
            LocalDate issued = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String unit = units.get(i % units.size());
            planRows.add(new Object[] {Date.valueOf(issued), 5000 + i, Timestamp.from(now), Timestamp.from(now),
                    unit, (5000 + i) + "/KH-SGDĐT", "cv." + unit.toLowerCase(),
                    "Kế hoạch năm " + year + " số " + i + " về công tác " + unit});
        }
        insertIssuedPlans(planRows);
        List<Object[]> planIds = jdbc.query("select id, number, title, issued_on from plan_document "
                + "where register_number >= 5000 and register_number < 5000 + ? order by register_number",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4)}, plans);
        List<Object[]> rows = new ArrayList<>();
        for (Object[] plan : planIds) {
            LocalDate issued = ((Date) plan[3]).toLocalDate();
            for (int seq = 1; seq <= rowsPerPlan; seq++) {
                String lead = units.get(random.nextInt(units.size()));
                LocalDate deadline = issued.plusDays(30 + random.nextInt(300));
                LocalDate completed = deadline.plusDays(random.nextInt(10) < 8 ? -random.nextInt(20)
                        : 1 + random.nextInt(30));
                rows.add(new Object[] {Date.valueOf(completed), Date.valueOf(deadline), Date.valueOf(deadline), seq,
                        Timestamp.from(now), plan[0], lead, plan[1], plan[2],
                        "Nhiệm vụ " + seq + " của kế hoạch " + plan[1]});
                if (rows.size() == 5000) {
                    insertFinished(rows);
                    rows.clear();
                }
            }
        }
        insertFinished(rows);
        // history written by SQL past the entities: the dashboard's tallies count it again
        tx.executeWithoutResult(s -> tallies.recount());
    }

    private void insertFinished(List<Object[]> rows) {
        batch("""
                insert into assignment (id, completed_on, deadline, original_deadline, outside_authority, progress,
                  recurrence_day, seq, created_at, plan_id, version, follow_up_unit, lead_unit, state, plan_number,
                  plan_title, content)
                values (""" + nextAssignmentId + """
                , ?, ?, ?, false, 100, 0, ?, ?, ?, 0, 'VP', ?, 'DONE', ?, ?, ?)
                """, rows);
    }

    /** Issued plans: issued on, register number, created, updated, unit, number, drafter, title. */
    private void insertIssuedPlans(List<Object[]> plans) {
        batch("""
                insert into plan_document (issued_on, register_number, created_at, updated_at, version, signing_form,
                  drafting_unit, status, number, drafter, signer, title)
                values (?, ?, ?, ?, 0, 'DIRECT', ?, 'ISSUED', ?, ?, 'giamdoc', ?)
                """, plans);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            tx.executeWithoutResult(s -> jdbc.batchUpdate(sql, rows));
        }
    }

    /**
     * Plans of this year issued through {@link AssignmentService#onPlanIssued}, the listener the clerk's issuing
     * runs: every row an assignment with its process instance, lead task, reminder and deadline timers.
     */
    void openWork(int plans, int rowsPerPlan, int threads) throws Exception {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        // numbered from 20000 on, above the register's own numbers; a second call goes on from the last
        int first = jdbc.queryForObject("select coalesce(max(register_number) + 1, 20000) from plan_document"
                + " where register_number >= 20000", Integer.class);
        List<Object[]> planRows = new ArrayList<>();
        for (int n = 0; n < plans; n++) {
            int i = first - 20000 + n;
            String unit = units.get(i % units.size());
            planRows.add(new Object[] {Date.valueOf(today.minusDays(1 + i % 300)), 20000 + i, Timestamp.from(now),
                    Timestamp.from(now), unit, (20000 + i) + "/KH-SGDĐT", "cv." + unit.toLowerCase(),
                    "Kế hoạch triển khai nhiệm vụ năm học số " + i + " của " + unit});
        }
        insertIssuedPlans(planRows);
        List<Object[]> planIds = jdbc.query("select id, number, title, issued_on, drafting_unit from plan_document "
                + "where register_number >= ? and register_number < ? order by register_number",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4),
                        rs.getString(5)}, first, first + plans);
        // addressed to every unit ("Các phòng thuộc Sở"), as a plan whose appendix assigns work to them is
        List<Object[]> recipients = new ArrayList<>();
        for (Object[] plan : planIds) {
            for (int u = 0; u < units.size(); u++) {
                recipients.add(new Object[] {u, plan[0], units.get(u), "t/h", "Phòng " + units.get(u)});
            }
        }
        batch("insert into plan_recipient (position, plan_id, unit_code, purpose, name) values (?, ?, ?, ?, ?)",
                recipients);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Object[] plan : planIds) {
            futures.add(pool.submit(() -> {
                Random random = new Random((Long) plan[0]);
                List<PlanIssued.Row> rows = new ArrayList<>();
                for (int seq = 1; seq <= rowsPerPlan; seq++) {
                    String lead = units.get(random.nextInt(units.size()));
                    rows.add(new PlanIssued.Row(null, seq, null, "Nhiệm vụ " + seq + " của kế hoạch " + plan[1],
                            lead, List.of(), List.of(), today.plusDays(5 + random.nextInt(360)), null, null));
                }
                PlanIssued issued = new PlanIssued((Long) plan[0], (String) plan[1], ((Date) plan[3]).toLocalDate(),
                        (String) plan[2], (String) plan[4], List.of(), rows, null);
                tx.executeWithoutResult(s -> assignments.onPlanIssued(issued));
                int n = done.incrementAndGet();
                if (n % 200 == 0) {
                    System.out.printf("  %d of %d plans of this year issued%n", n, plans);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    /** Specialists who work through the API, spread over the units. */
    List<String> apiUsers(int count) {
        List<String> users = new ArrayList<>();
        SignedIn.as(directory, "admin");
        try {
            for (int i = 1; i <= count; i++) {
                String username = String.format("bench.%03d", i);
                String unit = units.get(i % units.size());
                if (directory.official(username).isEmpty()) {
                    directory.createOfficial(username, "Chuyên viên thử tải " + i, "Chuyên viên", unit, PASSWORD,
                            EnumSet.of(Role.CHUYEN_VIEN));
                }
                users.add(username);
            }
        } finally {
            SignedIn.clear();
        }
        return users;
    }

    /** Hands each user the earliest open work of their unit, as a unit head hands work to a specialist. */
    void handOut(List<String> users, int perUser) {
        for (String unit : units) {
            List<String> ofUnit = users.stream()
                    .filter(u -> unit.equals(directory.official(u).orElseThrow().getUnitCode())).toList();
            if (ofUnit.isEmpty()) {
                continue;
            }
            List<String> open = jdbc.queryForList("select task_id from work_queue where queue = ? "
                    + "order by due_key, created_at, task_id fetch first " + (perUser * ofUnit.size()) + " rows only",
                    String.class, "g:" + unit);
            for (int from = 0; from < open.size(); from += 500) {
                List<String> slice = open.subList(from, Math.min(open.size(), from + 500));
                int offset = from;
                tx.executeWithoutResult(s -> {
                    for (int i = 0; i < slice.size(); i++) {
                        tasks.setAssignee(slice.get(i), ofUnit.get((offset + i) % ofUnit.size()));
                    }
                });
            }
        }
    }
}

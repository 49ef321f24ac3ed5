package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;
import static vn.sgddt.kehoach.assignment.IssuedPlans.rowWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkService;

/**
 * The dashboard's counts kept as the assignments change ({@link AssignmentTallies}) agree with counting every
 * assignment, after each kind of change, for every filter the dashboard has, and are left as they were by a
 * transaction that rolls back; on H2 ({@link AssignmentTalliesTest}) and PostgreSQL
 * ({@link AssignmentTalliesOnPostgresTest}). The database is shared with the other tests of the context, so the whole
 * agency's counts include their work too: they must agree all the same.
 */
abstract class AssignmentTalliesContract {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 3);

    @Autowired
    AssignmentService assignments;

    @Autowired
    AssignmentRepository repository;

    @Autowired
    AssignmentTallies tallies;

    @Autowired
    PlanService plans;

    @Autowired
    WorkService work;

    @Autowired
    DirectoryService directory;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MutableClock clock;

    IssuedPlans issuing;

    @BeforeEach
    void setUp() {
        issuing = new IssuedPlans(plans, directory, repository);
        clock.set(at(TODAY, 10, 0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private AssignmentTask task(String user, long id, AssignmentTask.Kind kind) {
        return issuing.as(user, () -> assignments.myOpenTasks(id)).stream().filter(t -> t.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " task of " + id + " for " + user));
    }

    private void decide(String user, long id, AssignmentTask.Kind kind, WorkDecision decision) {
        String taskId = task(user, id, kind).id();
        issuing.as(user, () -> work.complete(taskId, decision));
    }

    void submit(String unit, long id) {
        issuing.as(IssuedPlans.specialistOf(unit),
                () -> assignments.submit(id, "Đã hoàn thành, báo cáo kèm theo.", null, null));
    }

    void accept(long id) {
        decide("cv.vp", id, AssignmentTask.Kind.ACCEPT, new WorkDecision("ACCEPT", "Đạt yêu cầu.", null, null, null));
    }

    private void giveBack(long id) {
        decide("cv.vp", id, AssignmentTask.Kind.ACCEPT,
                new WorkDecision("RETURN", "Bổ sung số liệu các trường.", null, null, null));
    }

    private AssignmentService.Dashboard dashboard(String user, Long planId, String unit) {
        return issuing.as(user, () -> assignments.dashboard(new AssignmentService.Filter(planId, unit, null, null,
                null)));
    }

    /** A dashboard row as a line: key, then open in time, overdue, done on time, done late, with authority. */
    private static String line(String key, long inTime, long overdue, long onTime, long late, long authority) {
        return key + " " + inTime + "/" + overdue + "/" + onTime + "/" + late + "/" + authority;
    }

    /** What counting every assignment gives, for the same reader and filter: units sorted, then plans. */
    private List<String> everyRow(String user, Long planId, String unit) {
        boolean all = !user.equals("pgd1");
        List<String> scope = all ? List.of("-") : withOwnUnit(directory.units().stream()
                .filter(u -> "pgd1".equals(u.getDeputyUsername())).map(u -> u.getCode()).toList());
        LocalDate today = LocalDate.now(clock);
        List<String> rows = new java.util.ArrayList<>(repository.countByUnit(planId, unit, all, scope, null, null,
                        today).stream()
                .map(c -> line(c.getUnit(), c.getOpenInTime(), c.getOpenOverdue(), c.getDoneOnTime(), c.getDoneLate(),
                        c.getWithAuthority()))
                .filter(l -> !l.endsWith(" 0/0/0/0/0")).sorted().toList());
        repository.countByPlan(planId, unit, all, scope, null, null, today).stream()
                .map(c -> line("plan " + c.getPlanId(), c.getOpenInTime(), c.getOpenOverdue(), c.getDoneOnTime(),
                        c.getDoneLate(), c.getWithAuthority()))
                .filter(l -> !l.endsWith(" 0/0/0/0/0")).forEach(rows::add);
        return rows;
    }

    private List<String> withOwnUnit(List<String> units) {
        List<String> all = new java.util.ArrayList<>(units);
        directory.official("pgd1").map(o -> o.getUnitCode()).filter(u -> u != null && !all.contains(u))
                .ifPresent(all::add);
        return all;
    }

    /** The dashboard as the service gives it, in the same lines. */
    private List<String> fromTallies(String user, Long planId, String unit) {
        AssignmentService.Dashboard d = dashboard(user, planId, unit);
        List<String> rows = new java.util.ArrayList<>(d.byUnit().stream()
                .map(r -> line(r.key(), r.openInTime(), r.openOverdue(), r.doneOnTime(), r.doneLate(),
                        r.withAuthority())).sorted().toList());
        d.byPlan().stream().map(r -> line("plan " + r.key(), r.openInTime(), r.openOverdue(), r.doneOnTime(),
                r.doneLate(), r.withAuthority())).forEach(rows::add);
        return rows;
    }

    /** The whole agency, each unit of the plan, the plan alone, and a deputy's own units. */
    void assertAgreesWithEveryRow(long planId) {
        assertThat(fromTallies("giamdoc", null, null)).isEqualTo(everyRow("giamdoc", null, null));
        assertThat(fromTallies("giamdoc", planId, null)).isEqualTo(everyRow("giamdoc", planId, null));
        for (String unit : List.of("GDTrH", "GDMN", "TTR")) {
            assertThat(fromTallies("giamdoc", null, unit)).as(unit).isEqualTo(everyRow("giamdoc", null, unit));
        }
        assertThat(fromTallies("pgd1", null, null)).isEqualTo(everyRow("pgd1", null, null));
    }

    private DashboardRow planRow(long planId) {
        return dashboard("giamdoc", planId, null).byPlan().stream()
                .filter(r -> r.key().equals(String.valueOf(planId))).findFirst().orElseThrow();
    }

    @Test
    void every_change_of_an_assignment_moves_it_between_the_counts_as_counting_every_row_does() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tổ chức hội nghị sơ kết học kỳ I", "GDTrH", TODAY.plusDays(5)),
                row("Báo cáo thống kê giữa kỳ", "GDTrH", TODAY.plusDays(2)),
                row("Kiểm tra nội bộ các trường mầm non", "GDMN", TODAY.plusDays(5)),
                rowWith("Trình UBND tỉnh đề án trường chuẩn", "GDMN", TODAY.plusDays(10), null, IssuedPlans.OUTSIDE),
                row("Thanh tra công tác tuyển sinh", "TTR", TODAY.plusDays(1)),
                rowWith("Báo cáo tình hình dạy thêm, học thêm", "GDTrH", null, "ngày 05 hằng tháng",
                        IssuedPlans.INSIDE)));
        assertThat(planRow(plan.planId())).as("five rows and the first report of the recurring one, not itself")
                .satisfies(r -> {
                    assertThat(r.total()).isEqualTo(6);
                    assertThat(r.openInTime()).isEqualTo(6);
                });
        assertAgreesWithEveryRow(plan.planId());

        submit("GDTrH", plan.assignment(0));
        accept(plan.assignment(0));
        submit("GDMN", plan.assignment(3));
        submit("GDMN", plan.assignment(2));
        giveBack(plan.assignment(2));
        assertThat(counts(plan.planId(), "GDTrH")).isEqualTo(List.of(2L, 0L, 1L, 0L, 0L));
        assertThat(counts(plan.planId(), "GDMN")).isEqualTo(List.of(1L, 0L, 0L, 0L, 1L));
        assertAgreesWithEveryRow(plan.planId());

        // three days on: one is overdue, one is accepted late, the outside authority's document arrives
        clock.set(at(TODAY.plusDays(3), 9, 0));
        submit("GDTrH", plan.assignment(1));
        accept(plan.assignment(1));
        decide(IssuedPlans.specialistOf("GDMN"), plan.assignment(3), AssignmentTask.Kind.AUTHORITY_DOCUMENT,
                new WorkDecision("RECORD", null, null, "88/QĐ-UBND", TODAY.plusDays(3)));
        assertThat(counts(plan.planId(), "GDMN")).isEqualTo(List.of(2L, 0L, 0L, 0L, 0L));
        assertThat(counts(plan.planId(), "TTR")).isEqualTo(List.of(0L, 1L, 0L, 0L, 0L));
        assertThat(counts(plan.planId(), "GDTrH").subList(2, 4)).isEqualTo(List.of(1L, 1L));
        assertAgreesWithEveryRow(plan.planId());

        // the recurring row's report, sent: a deliverable of its own, done (and the next one opens)
        clock.set(at(LocalDate.of(2025, 12, 1), 9, 0));
        long recurring = plan.assignment(5);
        decide(IssuedPlans.specialistOf("GDTrH"), recurring, AssignmentTask.Kind.RECURRING_REPORT,
                new WorkDecision("SUBMIT", null, "Báo cáo kỳ này: không phát sinh vi phạm.", null, null));
        List<Long> gdtrh = counts(plan.planId(), "GDTrH");
        assertThat(gdtrh.get(2) + gdtrh.get(3)).as("done").isEqualTo(3);
        assertAgreesWithEveryRow(plan.planId());
    }

    /** Open in time, overdue, done on time, done late, with an outside authority: of one unit in one plan. */
    List<Long> counts(long planId, String unit) {
        DashboardRow r = dashboard("giamdoc", planId, unit).byUnit().stream().filter(u -> u.key().equals(unit))
                .findFirst().orElseThrow();
        return List.of(r.openInTime(), r.openOverdue(), r.doneOnTime(), r.doneLate(), r.withAuthority());
    }

    @Test
    void a_transaction_that_rolls_back_or_only_reads_leaves_the_counts_as_they_were_and_a_recount_changes_nothing() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tập huấn chuyên đề", "GDTrH", TODAY.plusDays(5)),
                row("Rà soát cơ sở vật chất", "GDMN", TODAY.plusDays(5))));
        DashboardRow before = planRow(plan.planId());
        List<String> agencyBefore = fromTallies("giamdoc", null, null);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            Assignment a = repository.findById(plan.assignment(0)).orElseThrow();
            a.submit("Kết quả", null, null, Instant.now());
            a.accept(TODAY);
            repository.flush();
            throw new IllegalStateException("the rest of the work failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(planRow(plan.planId())).isEqualTo(before);

        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(s -> {
            Assignment a = repository.findById(plan.assignment(1)).orElseThrow();
            a.submit("Kết quả", null, null, Instant.now());
            a.accept(TODAY);
        });
        assertThat(repository.findById(plan.assignment(1)).orElseThrow().getState())
                .as("a read-only transaction writes nothing").isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(planRow(plan.planId())).as("nor counts it").isEqualTo(before);

        tx.executeWithoutResult(s -> tallies.recount());
        assertThat(fromTallies("giamdoc", null, null)).isEqualTo(agencyBefore);
    }

    @Test
    void an_assignment_created_and_removed_outside_issuing_is_counted_and_then_no_longer() {
        IssuedPlans.Issued plan = issuing.issue("TTR", List.of(row("Thanh tra chuyên ngành", "TTR",
                TODAY.plusDays(5))));
        Assignment template = repository.findById(plan.assignment(0)).orElseThrow();
        long id = tx.execute(s -> repository.save(new Assignment(plan.planId(), template.getPlanNumber(),
                template.getPlanTitle(), null, 2, null, "Việc thêm", "TTR", List.of(), List.of(),
                TODAY.minusDays(1), null, IssuedPlans.INSIDE, false, "VP", null, Instant.now())).getId());
        assertThat(planRow(plan.planId())).satisfies(r -> {
            assertThat(r.openInTime()).isEqualTo(1);
            assertThat(r.openOverdue()).as("its deadline was yesterday").isEqualTo(1);
        });
        assertAgreesWithEveryRow(plan.planId());

        tx.executeWithoutResult(s -> repository.delete(repository.findById(id).orElseThrow()));
        assertThat(planRow(plan.planId()).total()).isEqualTo(1);
        assertAgreesWithEveryRow(plan.planId());
    }
}

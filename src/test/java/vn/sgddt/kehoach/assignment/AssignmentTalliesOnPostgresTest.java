package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.support.PostgresIntegrationTest;

/**
 * {@link AssignmentTalliesContract} on PostgreSQL (its {@code insert … on conflict}), and many transactions adding to
 * the same rows at once: every one of them counted, none twice, and none deadlocked by another.
 */
@PostgresIntegrationTest
class AssignmentTalliesOnPostgresTest extends AssignmentTalliesContract {

    private static final int THREADS = 6;

    @Test
    void results_accepted_at_the_same_moment_in_the_same_units_are_each_counted_once() throws Exception {
        List<PlanContent.Row> rows = new ArrayList<>();
        List<String> units = List.of("GDTrH", "GDMN", "TTR");
        for (int i = 0; i < THREADS * 2; i++) {
            rows.add(row("Nhiệm vụ " + (i + 1) + " của đợt kiểm tra", units.get(i % 3), TODAY.plusDays(5)));
        }
        IssuedPlans.Issued plan = issuing.issue("GDTrH", rows);
        for (int i = 0; i < rows.size(); i++) {
            submit(units.get(i % 3), plan.assignment(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t * 2;
                done.add(pool.submit(() -> {
                    start.await();
                    accept(plan.assignment(first));
                    accept(plan.assignment(first + 1));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String unit : units) {
            assertThat(counts(plan.planId(), unit)).as(unit).isEqualTo(List.of(0L, 0L, 4L, 0L, 0L));
        }
        assertAgreesWithEveryRow(plan.planId());
    }
}

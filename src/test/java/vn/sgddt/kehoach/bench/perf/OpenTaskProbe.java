package vn.sgddt.kehoach.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.assignment.process.AssignmentProcess;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.bench.Stats;
import vn.sgddt.kehoach.support.IntegrationTest;

/**
 * What reading an open assignment task costs ({@code AssignmentProcess.openTask}, the first step of every completion
 * through {@code /api/tasks/{id}/complete}), in a transaction as a completion reads it: three rounds of 3,000 reads of
 * a lead's task on the demo data, the median and p95 of the last 2,500 of each. Not in the build (no *Test name):
 * {@code ./mvnw test -Dtest=OpenTaskProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class OpenTaskProbe {
    @Autowired ApplicationContext context;
    @Autowired AssignmentProcess process;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    @Test
    void probe() {
        IssuedPlans issuing = IssuedPlans.from(context);
        LocalDate today = LocalDate.now(clock);
        var issued = issuing.issue("KHTC", List.of(IssuedPlans.row("Việc đo", "KHTC", today.plusDays(40))));
        List<AssignmentTask> open = process.openTasks(issued.assignment(0));
        String id = open.get(0).id();
        AssignmentTask expected = open.get(0);
        for (int round = 0; round < 3; round++) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                long t = System.nanoTime();
                AssignmentTask got = tx.execute(s -> process.openTask(id).orElseThrow());
                times.add(System.nanoTime() - t);
                if (i == 0) {
                    assertThat(got).isEqualTo(expected);
                }
            }
            Stats st = Stats.ofNanos(times.subList(500, times.size()));
            System.out.printf("[openTask] round %d median %.3f ms p95 %.3f ms%n", round, st.medianMs(), st.p95Ms());
        }
    }
}

package vn.sgddt.kehoach.bench.perf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.support.IntegrationTest;

/** Not in the build (no *Test name): {@code -Dtest=H2PerfBench -Dsurefire.failIfNoSpecifiedTests=false}. */
@IntegrationTest
class H2PerfBench {

    @Autowired
    ApplicationContext context;

    @Test
    void measure() {
        PerfScenarios s = new PerfScenarios(context, "h2");
        String only = System.getProperty("perf.only", "");
        if (!only.equals("cycles")) {
            s.issuing(Integer.getInteger("perf.warmups", 1), Integer.getInteger("perf.runs", 2));
        }
        if (!only.equals("issue")) {
            double ours = s.ourCycles(5, Integer.getInteger("perf.cycles", 20));
            double bare = s.bareCycles(PerfScenarios.pool("jdbc:h2:mem:perf-bare;DB_CLOSE_DELAY=-1", "sa", ""),
                    20, 60);
            System.out.printf("[perf h2] ratio ours/bare %.2f%n", ours / bare);
        }
    }
}

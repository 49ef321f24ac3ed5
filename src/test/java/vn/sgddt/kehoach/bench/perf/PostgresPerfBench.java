package vn.sgddt.kehoach.bench.perf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;
import vn.sgddt.kehoach.support.PostgresIntegrationTest;

/** As {@link H2PerfBench}, on the embedded PostgreSQL; the bare engine gets a database of its own there. */
@PostgresIntegrationTest
class PostgresPerfBench {

    @Autowired
    ApplicationContext context;

    @Test
    void measure() {
        PerfScenarios s = new PerfScenarios(context, "postgres");
        String only = System.getProperty("perf.only", "");
        if (!only.equals("cycles")) {
            s.issuing(Integer.getInteger("perf.warmups", 1), Integer.getInteger("perf.runs", 2));
        }
        if (!only.equals("issue")) {
            double ours = s.ourCycles(5, Integer.getInteger("perf.cycles", 20));
            double bare = s.bareCycles(PerfScenarios.pool(EmbeddedPostgresServer.newDatabase("perfbare"),
                    "postgres", "postgres"), 20, 60);
            System.out.printf("[perf postgres] ratio ours/bare %.2f%n", ours / bare);
        }
    }
}

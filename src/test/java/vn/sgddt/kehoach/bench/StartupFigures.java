package vn.sgddt.kehoach.bench;

import java.util.List;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;

/**
 * Start-up time and memory of the production jar, started with deploy/kehoach.sh as operators do, on each database:
 * the median of {@code bench.startup.runs} (3) restarts, and the resident memory with 50 signed-in UI sessions.
 */
final class StartupFigures {

    private StartupFigures() {
    }

    static void into(Results results, List<String> databases) {
        int runs = Integer.getInteger("bench.startup.runs", 3);
        int sessions = Integer.getInteger("bench.startup.sessions", 50);
        for (String db : databases) {
            StartupBench.Database database = switch (db.trim()) {
                case "h2" -> new StartupBench.H2();
                case "postgres" -> new StartupBench.Postgres(EmbeddedPostgresServer.newDatabase("startup"),
                        "postgres", "postgres");
                default -> throw new IllegalArgumentException(db);
            };
            StartupBench.Figures f = StartupBench.measure(database, runs, sessions);
            f.putInto(results);
            System.out.println(StartupBench.Figures.header());
            System.out.println(f.row());
        }
    }
}

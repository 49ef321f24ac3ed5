package vn.sgddt.kehoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The start-up benchmark on H2, with the README's production command; only its sanity is checked here, the figures
 * are printed. Named so that the default build leaves it out: {@code ./mvnw test -Dtest=StartupBenchmark}.
 */
class StartupBenchmark {

    private static final int SESSIONS = 50;

    @Test
    void the_production_jar_starts_and_holds_fifty_signed_in_ui_sessions() {
        StartupBench.Figures figures = StartupBench.measure(new StartupBench.H2(), 1, SESSIONS);
        System.out.println(StartupBench.Figures.header() + "\n" + figures.row() + "\nLaunch: " + figures.launch());

        assertThat(figures.startupSeconds()).hasSize(1).allSatisfy(s -> assertThat(s).isPositive());
        assertThat(figures.reportedSeconds()).as("Spring's \"Started Application in\" line").allSatisfy(
                s -> assertThat(s).isPositive());
        assertThat(figures.rssMb()).allSatisfy(mb -> assertThat(mb).isPositive());
        // each session got a UI of its own from the server, and the server counts them all as active
        assertThat(figures.uiIds()).hasSize(SESSIONS).allSatisfy(id -> assertThat(id).isNotNegative());
        assertThat(figures.serverSessions()).isGreaterThanOrEqualTo(SESSIONS);
    }
}

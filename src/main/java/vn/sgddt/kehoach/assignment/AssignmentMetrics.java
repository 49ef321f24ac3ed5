package vn.sgddt.kehoach.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The follow-up dashboard's counts as the gauge {@code kehoach.assignments} ({@code kehoach_assignments} in
 * Prometheus), one per lead unit and official category: tags {@code unit} (the unit code) and {@code status}
 * ({@code OPEN_IN_TIME}, {@code OPEN_OVERDUE}, {@code DONE_ON_TIME}, {@code DONE_LATE}, {@code WITH_AUTHORITY}). One
 * read of the dashboard's tallies refreshes them every minute, so a scrape never queries the database.
 */
@Component
class AssignmentMetrics {

    static final String NAME = "kehoach.assignments";

    private final AssignmentTallies tallies;
    private final Clock clock;
    private final MultiGauge gauge;

    AssignmentMetrics(AssignmentTallies tallies, MeterRegistry registry, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
        this.gauge = MultiGauge.builder(NAME)
                .description("Assignments per lead unit in each official category")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${kehoach.metrics.assignments-refresh:PT60S}")
    void refresh() {
        // the same counts as the dashboard, for the whole agency (recurring parents are counted by their reports)
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (AssignmentRepository.UnitCounts c : tallies.unitCounts(LocalDate.now(clock))) {
            rows.add(row(c.getUnit(), AssignmentStatus.OPEN_IN_TIME, c.getOpenInTime()));
            rows.add(row(c.getUnit(), AssignmentStatus.OPEN_OVERDUE, c.getOpenOverdue()));
            rows.add(row(c.getUnit(), AssignmentStatus.DONE_ON_TIME, c.getDoneOnTime()));
            rows.add(row(c.getUnit(), AssignmentStatus.DONE_LATE, c.getDoneLate()));
            rows.add(row(c.getUnit(), AssignmentStatus.WITH_AUTHORITY, c.getWithAuthority()));
        }
        // overwrite: the rows follow the units that lead assignments now
        gauge.register(rows, true);
    }

    private static MultiGauge.Row<Number> row(String unit, AssignmentStatus status, long count) {
        return MultiGauge.Row.of(Tags.of("unit", unit, "status", status.name()), count);
    }
}

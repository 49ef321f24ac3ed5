package vn.sgddt.kehoach.work;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long work waits: the time from a task's creation to its completion, per kind of task (the plan steps
 * {@code DRAFT}, {@code REVIEW_UNIT}…, the assignment tasks {@code LEAD}, {@code CONTRIBUTE}, {@code ACCEPT}…), as the
 * timer {@code kehoach.work.completion} ({@code kehoach_work_completion_seconds} in Prometheus). Cancelled tasks are
 * not completions and are not counted.
 */
@Component
class WorkMetrics {

    static final String COMPLETION = "kehoach.work.completion";

    // the steps are given days, not seconds (kehoach.approval.due-days): buckets a report of "done within" can use
    private static final Duration[] BUCKETS = {Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1),
        Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(10), Duration.ofDays(30)};

    private final MeterRegistry registry;

    WorkMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts the completion of an open task once the engine's transaction commits; a rollback counts nothing. */
    void completed(WorkItem item) {
        // the engine's clock, which stamped the task's creation (in tests it follows the test clock)
        Duration waited = Duration.between(item.getCreatedAt(), ClockUtil.getCurrentTime().toInstant());
        Duration time = waited.isNegative() ? Duration.ZERO : waited;
        Timer timer = Timer.builder(COMPLETION)
                .description("Time from the creation of a task to its completion")
                .tag("kind", item.getKind())
                .tag("process", item.getProcessKey())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    timer.record(time);
                }
            });
        } else {
            timer.record(time);
        }
    }
}

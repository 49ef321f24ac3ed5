package vn.sgddt.kehoach.base.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether Camunda's job executor runs: it fires the timers of reminders, escalations and periodic reports, so a node
 * whose executor has stopped is not ready. A node configured without it ({@code camunda.bpm.job-execution.enabled
 * =false}, as in the tests) is healthy and says "disabled". Its bean name replaces the starter's indicator of the
 * same name, which reports DOWN whenever the executor is off, even on purpose.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;

    JobExecutorHealthIndicator(ProcessEngine engine,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        super("Camunda job executor health check failed");
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!enabled) {
            builder.up().withDetail("jobExecution", "disabled");
            return;
        }
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean active = executor != null && executor.isActive();
        (active ? builder.up() : builder.down()).withDetail("jobExecution", "enabled").withDetail("active", active);
        if (executor == null) {
            return;
        }
        builder.withDetail("lockOwner", executor.getLockOwner())
                .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
        if (executor.getAcquireJobsRunnable() instanceof SequentialJobAcquisitionRunnable acquisition) {
            // set by the last acquisition cycle when it could not fetch jobs (the database was unreachable…)
            Exception failure = acquisition.getAcquisitionContext().getAcquisitionException();
            builder.withDetail("acquiringJobs", active && failure == null);
            if (failure != null) {
                builder.withDetail("lastAcquisitionError", String.valueOf(failure.getMessage()));
            }
        }
    }
}

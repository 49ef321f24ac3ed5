package vn.sgddt.kehoach.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * The timers of an assignment's process, fired by hand: the test profile runs no job executor, so a test moves the
 * clock (ours and Camunda's) and executes the jobs that are due, as the job executor would.
 */
final class DueTimers {

    private final ManagementService management;
    private final MutableClock clock;

    DueTimers(ManagementService management, MutableClock clock) {
        this.management = management;
        this.clock = clock;
    }

    /** A moment in the agency's time zone. */
    static Instant at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(Formats.ZONE).toInstant();
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return at(day, LocalTime.of(hour, minute));
    }

    /** The open timers of the process instance, the earliest first. */
    List<Job> of(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().orderByJobDuedate().asc()
                .list();
    }

    /** The due dates of the open timers of one BPMN activity ("reminderDue", "deadlinePassed", "reportOverdue"). */
    List<Instant> dueDates(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .orderByJobDuedate().asc().list().stream().map(j -> j.getDuedate().toInstant()).toList();
    }

    /** Sets the clock to {@code now} and executes every timer of the process instance that is due by then. */
    int fireAt(Instant now, String processInstanceId) {
        clock.set(now);
        List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThenOrEquals(Date.from(now)).orderByJobDuedate().asc().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }
}

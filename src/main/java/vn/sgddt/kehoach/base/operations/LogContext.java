package vn.sgddt.kehoach.base.operations;

import org.slf4j.MDC;

/**
 * Puts the id of the plan or the assignment being worked on into the log context (SLF4J's MDC) until closed, so every
 * line logged meanwhile, ours and the engine's, says which one it was about:
 * {@code try (var ignored = LogContext.plan(planId)) { … }}. Closing puts back what was there before, so contexts
 * nest (issuing a plan starts the processes of its assignments) and a pooled thread keeps nothing.
 */
public final class LogContext implements AutoCloseable {

    /** The MDC key of the plan id; {@code %X{planId}} in a log pattern. */
    public static final String PLAN_ID = "planId";
    /** The MDC key of the assignment id; {@code %X{assignmentId}} in a log pattern. */
    public static final String ASSIGNMENT_ID = "assignmentId";

    private final String key;
    private final String previous;

    private LogContext(String key, Object value) {
        this.key = key;
        this.previous = MDC.get(key);
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }

    /** The plan being worked on; a null id changes nothing. */
    public static LogContext plan(Long planId) {
        return new LogContext(PLAN_ID, planId);
    }

    /** The assignment being worked on; a null id changes nothing. */
    public static LogContext assignment(Long assignmentId) {
        return new LogContext(ASSIGNMENT_ID, assignmentId);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}

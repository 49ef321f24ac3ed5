package vn.sgddt.kehoach.incident;

import java.time.Instant;

/**
 * A failed background step of a process.
 *
 * @param id Camunda's incident id
 * @param process the process key ({@code planApproval}, {@code assignment})
 * @param businessKey the plan or assignment the process is about
 * @param activity the name of the step that failed, as the BPMN names it
 * @param message why it failed, as the step's exception said
 * @param at when it became an incident
 * @param retriable whether it is a failed job that can be run again
 */
public record Incident(String id, String process, Long businessKey, String activity, String message, Instant at,
        boolean retriable) {

    public static final String PLAN_PROCESS = "planApproval";
    public static final String ASSIGNMENT_PROCESS = "assignment";

    /** The screen of what the incident concerns, or null. */
    public String route() {
        if (businessKey == null) {
            return null;
        }
        return switch (process) {
            case PLAN_PROCESS -> "plans/" + businessKey;
            case ASSIGNMENT_PROCESS -> "assignments/" + businessKey;
            default -> null;
        };
    }
}

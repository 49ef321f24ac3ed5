package vn.sgddt.kehoach.assignment;

/** Where the work stands, independent of the deadline. */
public enum AssignmentState {
    /** The lead unit is working on it (or reworking it after a return). */
    IN_PROGRESS,
    /** The result is submitted and waits for acceptance. */
    SUBMITTED,
    /** Submitted to an authority outside the agency, which has not issued its document yet. */
    WITH_AUTHORITY,
    /** Accepted: done. */
    DONE
}

package vn.sgddt.kehoach.work;

/** What a feature says about one of its tasks, for the inbox. */
public record WorkDescription(String kind, Long planId, String planTitle, Long assignmentId, String subject,
        String unitCode) {
}

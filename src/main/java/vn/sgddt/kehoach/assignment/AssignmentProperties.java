package vn.sgddt.kehoach.assignment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of the follow-up that an agency may set.
 *
 * @param reminderDaysBefore days before the deadline when the lead unit is reminded (default 3 and 1)
 * @param contributionDaysBefore how many days before the lead's deadline a contribution is due (default 5)
 * @param reminderHour the hour of the day reminders go out (default 8)
 * @param schoolYearEndMonth the month a school year ends, for plans "năm học 2025-2026" (default 5, May)
 */
@ConfigurationProperties("kehoach.assignment")
record AssignmentProperties(List<Integer> reminderDaysBefore, Integer contributionDaysBefore, Integer reminderHour,
        Integer schoolYearEndMonth) {

    AssignmentProperties {
        reminderDaysBefore = reminderDaysBefore == null || reminderDaysBefore.isEmpty() ? List.of(3, 1)
                : reminderDaysBefore.stream().sorted((a, b) -> b - a).toList();
        contributionDaysBefore = contributionDaysBefore == null ? 5 : contributionDaysBefore;
        reminderHour = reminderHour == null ? 8 : reminderHour;
        schoolYearEndMonth = schoolYearEndMonth == null ? 5 : schoolYearEndMonth;
    }
}

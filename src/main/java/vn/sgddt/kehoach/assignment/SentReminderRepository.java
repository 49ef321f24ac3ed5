package vn.sgddt.kehoach.assignment;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentReminderRepository extends JpaRepository<SentReminder, Long> {

    boolean existsByAssignmentIdAndKindAndDeadline(Long assignmentId, String kind, LocalDate deadline);
}

package vn.sgddt.kehoach.work;

import java.time.LocalDate;

/**
 * A decision on a task, as {@code POST /api/tasks/{id}/complete} sends it. Which fields matter depends on the
 * kind of task: a comment for a return, a result text for a submission, a document number and date for the
 * document an outside authority issued.
 */
public record WorkDecision(String decision, String comment, String resultText, String documentNumber,
        LocalDate documentDate) {
}

package vn.sgddt.kehoach.plan.process;

import java.time.Instant;

/** A user task that was completed or cancelled: by whom and when. */
public record DoneTask(String id, String completedBy, Instant endedAt) {
}

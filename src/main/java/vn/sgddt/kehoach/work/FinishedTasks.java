package vn.sgddt.kehoach.work;

import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.directory.DirectoryService;

/**
 * What to tell someone who acts on a task that is not open to them: if it was completed, by whom and when (409),
 * whichever process it belongs to.
 */
@Component
public class FinishedTasks {

    private final HistoryService history;
    private final DirectoryService directory;

    FinishedTasks(HistoryService history, DirectoryService directory) {
        this.history = history;
        this.directory = directory;
    }

    /** For a task that is not open: 409 naming who completed it, or 404 when there never was such a task. */
    public RuntimeException notOpen(String taskId) {
        RuntimeException done = completedMeanwhile(taskId);
        return done != null ? done : new NotFoundException("error.task.notFound", taskId);
    }

    /**
     * For a task the caller may not act on. A task and its candidates are read one after the other, so a task
     * completed by someone else in between looks like no one's: then the answer is 409, as if it had been read after.
     */
    public RuntimeException notAllowed(String taskId) {
        RuntimeException done = completedMeanwhile(taskId);
        return done != null ? done : new NotAllowedException("error.task.notYours");
    }

    private RuntimeException completedMeanwhile(String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done == null) {
            return null;
        }
        Instant end = done.getEndTime() == null ? null : done.getEndTime().toInstant();
        return new ConflictException("error.task.alreadyCompleted",
                done.getAssignee() == null ? "?" : directory.fullName(done.getAssignee()), Formats.dateTime(end));
    }
}

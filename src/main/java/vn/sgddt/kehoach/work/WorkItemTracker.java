package vn.sgddt.kehoach.work;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's read model in step with the engine: a task listener on every user task of every process,
 * running in the engine's transaction, so the inbox never shows a task that is gone or misses one that exists.
 */
@Component
class WorkItemTracker implements TaskListener {

    private final WorkItemRepository items;
    private final ObjectProvider<WorkDescriber> describers;
    private final WorkMetrics metrics;

    WorkItemTracker(WorkItemRepository items, ObjectProvider<WorkDescriber> describers, WorkMetrics metrics) {
        this.items = items;
        this.describers = describers;
        this.metrics = metrics;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE -> items.findById(task.getId()).ifPresent(w -> assign(w, task));
            case EVENTNAME_COMPLETE -> items.findById(task.getId()).ifPresent(w -> {
                metrics.completed(w);
                items.delete(w);
            });
            case EVENTNAME_DELETE -> items.findById(task.getId()).ifPresent(items::delete);
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        String processKey = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
        // a task just created has no variables of its own yet: it sees its execution's, and reading them there spares
        // a query per task for the task's own
        Map<String, Object> variables = task.getExecution() == null ? task.getVariables()
                : task.getExecution().getVariables();
        Optional<WorkDescription> description = describers.orderedStream()
                .map(d -> d.describe(processKey, task.getTaskDefinitionKey(), variables))
                .flatMap(Optional::stream).findFirst();
        if (description.isEmpty()) {
            return;
        }
        Instant created = task.getCreateTime() == null ? Instant.now() : task.getCreateTime().toInstant();
        WorkItem item = new WorkItem(task.getId(), processKey, description.get().kind(), created);
        item.describe(description.get());
        assign(item, task);
        items.save(item);
    }

    private static void assign(WorkItem item, DelegateTask task) {
        item.assign(task.getAssignee(), task.getCandidates(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}

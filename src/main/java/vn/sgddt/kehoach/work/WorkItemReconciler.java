package vn.sgddt.kehoach.work;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, makes the inbox's read model agree with the engine if they ever drifted (a database from before the
 * read model existed, or a restore of one without the other): adds what is missing, removes what is gone.
 */
@Component
@Order(30)
class WorkItemReconciler implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkItemReconciler.class);

    private final WorkItemRepository items;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ObjectProvider<WorkDescriber> describers;

    WorkItemReconciler(WorkItemRepository items, TaskService tasks, RepositoryService repository,
            ObjectProvider<WorkDescriber> describers) {
        this.items = items;
        this.tasks = tasks;
        this.repository = repository;
        this.describers = describers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long engineCount = tasks.createTaskQuery().count();
        if (engineCount == items.count()) {
            return;
        }
        Set<String> open = new HashSet<>();
        int added = 0;
        for (Task task : tasks.createTaskQuery().list()) {
            open.add(task.getId());
            if (items.existsById(task.getId())) {
                continue;
            }
            String processKey = task.getProcessDefinitionId() == null ? ""
                    : repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            Map<String, Object> variables = tasks.getVariables(task.getId());
            Optional<WorkDescription> d = describers.orderedStream()
                    .map(x -> x.describe(processKey, task.getTaskDefinitionKey(), variables))
                    .flatMap(Optional::stream).findFirst();
            if (d.isEmpty()) {
                continue;
            }
            WorkItem item = new WorkItem(task.getId(), processKey, d.get().kind(), task.getCreateTime().toInstant());
            item.describe(d.get());
            item.assign(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
            items.save(item);
            added++;
        }
        List<WorkItem> gone = items.findAll().stream().filter(w -> !open.contains(w.getTaskId())).toList();
        items.deleteAll(gone);
        log.info("Inbox read model reconciled with the engine: {} added, {} removed", added, gone.size());
    }
}

package vn.sgddt.kehoach.work;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.base.RetriedOnConcurrentChange;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;

/** "Việc cần xử lý": the current user's open tasks across all processes, and their decisions. */
@Service
@Transactional(readOnly = true)
public class WorkService {

    private final WorkItemRepository items;
    private final WorkInboxQuery inbox;
    private final List<WorkHandler> handlers;
    private final FinishedTasks finished;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;

    WorkService(WorkItemRepository items, WorkInboxQuery inbox, List<WorkHandler> handlers, FinishedTasks finished,
            DirectoryService directory, CurrentOfficial currentOfficial) {
        this.items = items;
        this.inbox = inbox;
        this.handlers = handlers;
        this.finished = finished;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
    }

    /** The current user's open tasks, the earliest due first, those without a due date last. */
    public List<WorkItem> inbox(int offset, int limit) {
        Official me = currentOfficial.require();
        return inbox.page(me.getUsername(), directory.groupsOf(me), Math.max(offset, 0), Math.max(limit, 1));
    }

    public long inboxCount() {
        Official me = currentOfficial.require();
        return inbox.count(me.getUsername(), directory.groupsOf(me));
    }

    /** The current user's open tasks on a plan. */
    public List<WorkItem> mineOnPlan(long planId) {
        Official me = currentOfficial.require();
        List<String> groups = directory.groupsOf(me);
        return items.findByPlanId(planId).stream().filter(w -> w.mayBeDoneBy(me.getUsername(), groups)).toList();
    }

    public Optional<WorkItem> find(String taskId) {
        return items.findById(taskId);
    }

    /** Takes a decision on a task; 404 if there is no such task, 409 if someone completed it already. */
    @Transactional
    @RetriedOnConcurrentChange
    public Object complete(String taskId, WorkDecision decision) {
        Official me = currentOfficial.require();
        WorkItem item = items.findById(taskId).orElseThrow(() -> finished.notOpen(taskId));
        if (!item.mayBeDoneBy(me.getUsername(), directory.groupsOf(me))) {
            throw finished.notAllowed(taskId);
        }
        return handlers.stream().filter(h -> h.handles(item.getProcessKey())).findFirst()
                .orElseThrow(() -> new NotFoundException("error.task.notFound", taskId)).complete(item, decision);
    }
}

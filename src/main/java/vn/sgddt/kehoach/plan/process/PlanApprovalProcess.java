package vn.sgddt.kehoach.plan.process;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.ConcurrentChangeException;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanStep;

/**
 * The only class of the plan feature that talks to the engine. The business key of each process instance is the
 * plan id.
 */
@Component
public class PlanApprovalProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    PlanApprovalProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the approval of a new plan; the first step is drafting, with the drafting unit. */
    public String start(long planId, String draftingUnit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PlanApprovalIds.VAR_PLAN_ID, planId);
        variables.put(PlanApprovalIds.VAR_DRAFTING_UNIT, draftingUnit);
        return runtime.startProcessInstanceByKey(PlanApprovalIds.PROCESS_KEY, String.valueOf(planId), variables)
                .getId();
    }

    public Optional<OpenTask> openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(PlanApprovalIds.PROCESS_KEY)
                .singleResult();
        try {
            return Optional.ofNullable(task).map(t -> toOpenTask(t, businessKeys(List.of(t))));
        } catch (NullValueException completedMeanwhile) {
            // the task was found, then completed by someone else before its candidates were read
            return Optional.empty();
        }
    }

    public Optional<OpenTask> openTaskOfPlan(long planId) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(PlanApprovalIds.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(planId)).list();
        try {
            return found.stream().findFirst().map(t -> toOpenTask(t, Map.of(t.getProcessInstanceId(), planId)));
        } catch (NullValueException completedMeanwhile) {
            return Optional.empty();
        }
    }

    /**
     * Completes a step as the given user. The step is first assigned to the user, so the history says who did it.
     *
     * @throws ConflictException when someone else completed or changed the step first
     */
    public void complete(String taskId, String username, Decision decision) {
        try {
            tasks.setAssignee(taskId, username);
            tasks.complete(taskId, Map.of(PlanApprovalIds.VAR_DECISION, decision.name()));
        } catch (OptimisticLockingException | NullValueException raced) {
            throw new ConcurrentChangeException(raced);
        }
    }

    private Map<String, Long> businessKeys(Collection<Task> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        String[] ids = found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        return runtime.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(ids)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Long.valueOf(p.getBusinessKey()),
                        (a, b) -> a));
    }

    private OpenTask toOpenTask(Task task, Map<String, Long> businessKeys) {
        List<String> candidateGroups = task.getAssignee() != null ? List.of()
                : tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId).toList();
        PlanStep step = PlanStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Unknown step " + task.getTaskDefinitionKey()));
        return new OpenTask(task.getId(), step, businessKeys.get(task.getProcessInstanceId()), task.getAssignee(),
                candidateGroups, toInstant(task.getCreateTime()), toInstant(task.getDueDate()));
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

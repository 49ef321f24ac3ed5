package vn.sgddt.kehoach.assignment.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sgddt.kehoach.assignment.Assignment;
import vn.sgddt.kehoach.base.ConcurrentChangeException;

/**
 * The only class of the assignment feature that talks to the engine. The business key of each process instance is
 * the assignment id.
 */
@Component
public class AssignmentProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private volatile CommandExecutor ownFlush;

    AssignmentProcess(RuntimeService runtime, TaskService tasks, RepositoryService repository,
            ProcessEngineConfigurationImpl engineConfiguration) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.engineConfiguration = engineConfiguration;
    }

    /**
     * Runs {@code work} in an engine command context of its own, in the caller's transaction: what the engine wrote
     * in it goes to the database when the work returns, and still commits or rolls back with everything else.
     * Issuing runs inside the engine's completion of the plan's task, whose command context every nested engine call
     * would otherwise join; the engine then flushes every process of the issuing at once, and orders the inserts of
     * executions and variables by their references in time that grows with the square of their number.
     */
    public void flushedOnReturn(Runnable work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the engine's work must join a transaction");
        }
        ownFlushExecutor().execute(commandContext -> {
            work.run();
            return null;
        });
    }

    private CommandExecutor ownFlushExecutor() {
        CommandExecutor executor = ownFlush;
        if (executor == null) {
            // a new command context even inside another; its transaction context is Spring's, as the engine's own
            CommandContextInterceptor newContext = new CommandContextInterceptor(
                    engineConfiguration.getCommandContextFactory(), engineConfiguration, true);
            newContext.setNext(new CommandExecutorImpl());
            ownFlush = executor = newContext;
        }
        return executor;
    }

    /**
     * The latest version of the assignment process, for {@link #start(Assignment, String)}: looked up once for all the
     * rows of an issuing rather than by the engine for each.
     */
    public String latestDefinition() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(AssignmentIds.PROCESS_KEY)
                .latestVersion().singleResult().getId();
    }

    /**
     * Starts the assignment's process of the given definition; it reads everything else it routes by from the
     * assignment (AssignmentRoutes).
     */
    public String start(Assignment a, String definitionId) {
        return runtime.startProcessInstanceById(definitionId, String.valueOf(a.getId()),
                Map.of(AssignmentIds.VAR_ASSIGNMENT_ID, a.getId())).getId();
    }

    /** The open tasks of an assignment's process, each read as {@link #openTask(String)} reads one. */
    public List<AssignmentTask> openTasks(long assignmentId) {
        List<String> ids = tasks.createTaskQuery().processDefinitionKey(AssignmentIds.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(assignmentId)).list().stream().map(Task::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> ids.stream()
                .map(id -> read(context, id)).flatMap(Optional::stream).toList());
    }

    /**
     * The open task of this id, if it is an assignment's. Read in one engine command (the task, its variables and its
     * candidates), not one command per read.
     */
    public Optional<AssignmentTask> openTask(String taskId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> read(context, taskId));
    }

    public void assign(String taskId, String username) {
        try {
            tasks.setAssignee(taskId, username);
        } catch (OptimisticLockingException | NullValueException raced) {
            throw new ConcurrentChangeException(raced);
        }
    }

    /**
     * Completes a task as the user, who is first made its assignee so the history says who acted; work they already
     * hold is completed at once (making them its assignee again would be a command of its own, with its history).
     * Only the lead's work is held, and handing it on changes the assignment too: should that have happened since the
     * task was read, the assignment's version refuses the whole transaction.
     */
    public void complete(AssignmentTask task, String username, String decision) {
        try {
            if (!username.equals(task.assignee())) {
                tasks.setAssignee(task.id(), username);
            }
            tasks.complete(task.id(), Map.of(AssignmentIds.VAR_DECISION, decision));
        } catch (OptimisticLockingException | NullValueException raced) {
            throw new ConcurrentChangeException(raced);
        }
    }

    /** Completes a task on the application's own account (a linked plan was issued). */
    public void completeBySystem(String taskId, String decision) {
        tasks.complete(taskId, Map.of(AssignmentIds.VAR_DECISION, decision));
    }

    public void requestExtension(long assignmentId) {
        runtime.createMessageCorrelation(AssignmentIds.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(assignmentId)).correlate();
    }

    /**
     * The deadline moved: the deadline watch starts again with the new date (its reminders and escalation are
     * scheduled anew), and the open work and contributions get their new due dates.
     */
    public void deadlineMoved(long assignmentId, Instant leadDue, Instant contributionDue) {
        boolean watching = !runtime.createMessageCorrelation(AssignmentIds.MESSAGE_DEADLINE_MOVED)
                .processInstanceBusinessKey(String.valueOf(assignmentId)).correlateAllWithResult().isEmpty();
        if (!watching) {
            // the watch of the old deadline ended when that deadline passed: watch the new one
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(AssignmentIds.PROCESS_KEY)
                    .processInstanceBusinessKey(String.valueOf(assignmentId)).singleResult();
            if (instance != null) {
                runtime.createProcessInstanceModification(instance.getId())
                        .startBeforeActivity(AssignmentIds.ACTIVITY_WATCH_DEADLINE).execute();
            }
        }
        for (AssignmentTask t : openTasks(assignmentId)) {
            if (t.kind() == AssignmentTask.Kind.LEAD && leadDue != null) {
                tasks.setDueDate(t.id(), Date.from(leadDue));
            } else if (t.kind() == AssignmentTask.Kind.CONTRIBUTE && contributionDue != null) {
                tasks.setDueDate(t.id(), Date.from(contributionDue));
            }
        }
    }

    /** Within an engine command: the task if it is still open and an assignment's (else it was completed meanwhile). */
    private static Optional<AssignmentTask> read(CommandContext context, String taskId) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null
                || !AssignmentIds.PROCESS_KEY.equals(task.getProcessDefinition().getKey())) {
            return Optional.empty();
        }
        return toTask(task, ((Number) task.getVariable(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue());
    }

    private static Optional<AssignmentTask> toTask(TaskEntity task, long assignmentId) {
        Optional<AssignmentTask.Kind> kind = AssignmentTask.Kind.ofTaskKey(task.getTaskDefinitionKey());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String unit = null;
        Long reportId = null;
        if (kind.get() == AssignmentTask.Kind.CONTRIBUTE) {
            unit = (String) task.getVariableLocal(AssignmentIds.VAR_COORDINATING_UNIT);
            if (unit == null) {
                unit = (String) task.getVariable(AssignmentIds.VAR_COORDINATING_UNIT);
            }
        } else if (kind.get() == AssignmentTask.Kind.RECURRING_REPORT) {
            Object r = task.getVariable(AssignmentIds.VAR_REPORT_ID);
            reportId = r == null ? null : ((Number) r).longValue();
        }
        List<? extends IdentityLink> links = task.getIdentityLinks();
        List<String> groups = links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        List<String> users = links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
        return Optional.of(new AssignmentTask(task.getId(), kind.get(), assignmentId, reportId, unit,
                task.getAssignee(), groups, users, toInstant(task.getCreateTime()), toInstant(task.getDueDate())));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

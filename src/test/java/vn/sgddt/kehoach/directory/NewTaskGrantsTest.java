package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's grants on tasks with {@link NewTaskGrants.Provider}: the same grants as Camunda's default provider,
 * with the database asked for a stored grant only when the task is stored.
 */
class NewTaskGrantsTest {

    /** Counts the lookups of stored grants the default provider makes. */
    static final class CountingProvider extends NewTaskGrants.Provider {
        int lookups;

        @Override
        protected AuthorizationManager getAuthorizationManager() {
            lookups++;
            return super.getAuthorizationManager();
        }
    }

    static final CountingProvider provider = new CountingProvider();
    static ProcessEngine engine;
    static RuntimeService runtime;
    static TaskService tasks;
    static AuthorizationService authorizations;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("new-task-grants-test");
        configuration.setJdbcUrl("jdbc:h2:mem:new-task-grants-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setAuthorizationEnabled(true);
        // as in application.properties
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        configuration.setResourceAuthorizationProvider(provider);
        engine = configuration.buildProcessEngine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        authorizations = engine.getAuthorizationService();
        engine.getRepositoryService().createDeployment().addModelInstance("review.bpmn",
                Bpmn.createExecutableProcess("review").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("check").camundaCandidateGroups("phong-khtc,phong-gdth").camundaAssignee("cv.khtc")
                        .endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void resetCount() {
        provider.lookups = 0;
    }

    @Test
    void aNewTaskGetsItsGrantsWithoutLookingForStoredOnes() {
        runtime.startProcessInstanceByKey("review");
        Task task = tasks.createTaskQuery().processDefinitionKey("review").list().get(0);

        assertThat(provider.lookups).isZero();
        for (String group : List.of("phong-khtc", "phong-gdth")) {
            Authorization grant = grantOf(null, group, task.getId());
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
        }
        Authorization assignee = grantOf("cv.khtc", null, task.getId());
        assertThat(assignee.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(assignee.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    }

    @Test
    void aStoredTaskAddsToTheGrantAlreadyStored() {
        runtime.startProcessInstanceByKey("review");
        Task task = tasks.createTaskQuery().processDefinitionKey("review").orderByTaskCreateTime().desc().list()
                .get(0);
        Authorization before = grantOf(null, "phong-khtc", task.getId());

        tasks.deleteCandidateGroup(task.getId(), "phong-khtc");
        tasks.addCandidateGroup(task.getId(), "phong-khtc");
        tasks.addCandidateGroup(task.getId(), "phong-tccb");

        // both new links looked for a stored grant: one found and kept, one not found and made
        assertThat(provider.lookups).isEqualTo(2);
        assertThat(grantOf(null, "phong-khtc", task.getId()).getId()).isEqualTo(before.getId());
        assertThat(grantOf(null, "phong-tccb", task.getId()).isPermissionGranted(TaskPermissions.TASK_WORK))
                .isTrue();
    }

    @Test
    void aStandaloneTaskSavedWithItsLinksLaterIsTreatedAsStored() {
        Task task = tasks.newTask();
        tasks.saveTask(task);
        assertThat(provider.lookups).isZero();

        tasks.setAssignee(task.getId(), "cv.gdth");

        assertThat(provider.lookups).isEqualTo(1);
        assertThat(grantOf("cv.gdth", null, task.getId()).isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    }

    private static Authorization grantOf(String user, String group, String taskId) {
        var query = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).resourceId(taskId);
        List<Authorization> found = (user != null ? query.userIdIn(user) : query.groupIdIn(group)).list();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}

package vn.sgddt.kehoach.directory;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's own grants on each task (READ and TASK_WORK for its assignee, candidate users and candidate groups,
 * see {@link CamundaAuthorizations}), without asking the database for a stored grant on a task that is not stored
 * yet. The default provider reads {@code ACT_RU_AUTHORIZATION} before each grant, to add to a grant the user or
 * group may already hold on the task; for a task created in the same engine command nothing stored can name it, and
 * a grant made earlier in that command is merged by the provider from the command's cache as before. Issuing a plan
 * creates a task with its candidate group for every row, so this is one query fewer per row.
 */
@Component
class NewTaskGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource,
                String resourceId) {
            return isTaskOfThisCommand(resource, resourceId) ? null
                    : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
        }

        @Override
        protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource,
                String resourceId) {
            return isTaskOfThisCommand(resource, resourceId) ? null
                    : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
        }

        /** A task this command inserts: still transient in the command's cache, so not in the database. */
        static boolean isTaskOfThisCommand(Resource resource, String resourceId) {
            CommandContext command = Context.getCommandContext();
            if (command == null || resourceId == null || resource.resourceType() != Resources.TASK.resourceType()) {
                return false;
            }
            CachedDbEntity cached = command.getDbEntityManager().getDbEntityCache()
                    .getCachedEntity(TaskEntity.class, resourceId);
            return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
        }
    }
}

package vn.sgddt.kehoach.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.i18n.Languages;

/**
 * What each group may do in Camunda's own applications when the engine checks authorizations
 * ({@code camunda.bpm.authorization.enabled}). Our services call the engine without a Camunda authentication, so
 * these rules bind only Tasklist, Cockpit, Admin and the engine APIs behind them.
 *
 * <ul>
 * <li>the administrator ({@code quan-tri}, and Camunda's own {@code camunda-admin}, of which every administrator is
 * made a member): everything;</li>
 * <li>every unit and role group: Tasklist, and reading the process definitions, since every official has steps
 * in each of our processes. Which tasks a user sees there is not granted here: the engine gives the assignee and the
 * candidate users and groups of each task their own permission on that task (READ and
 * {@code defaultUserPermissionNameForTask}, TASK_WORK);</li>
 * <li>leadership ({@code giam-doc}, {@code pho-giam-doc}): Cockpit, read-only, over every process instance and its
 * history, but not the tasks of others (no READ_TASK), so their Tasklist stays their own.</li>
 * </ul>
 *
 * Only grants are written, each checked first, so the same call at every start and after every change of the
 * directory leaves the same rows.
 */
@Component
class CamundaAuthorizations {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";
    static final List<String> LEADERSHIP = List.of(Role.GIAM_DOC.groupId(), Role.PHO_GIAM_DOC.groupId());
    static final List<String> ADMINISTRATORS = List.of(Role.QUAN_TRI.groupId(), Groups.CAMUNDA_ADMIN);
    private static final String ANY = Authorization.ANY;

    private final AuthorizationService authorizations;
    private final RepositoryService repository;
    private final FilterService filters;
    private final TaskService tasks;
    private final MessageSource messages;

    CamundaAuthorizations(AuthorizationService authorizations, RepositoryService repository, FilterService filters,
            TaskService tasks, MessageSource messages) {
        this.authorizations = authorizations;
        this.repository = repository;
        this.filters = filters;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Grants the rules above to these unit and role groups, and to these users on themselves. */
    void grant(Collection<String> workGroups, Collection<String> users) {
        for (String admin : ADMINISTRATORS) {
            for (Resource resource : Resources.values()) {
                grant(admin, resource, ANY, Permissions.ALL);
            }
        }
        List<String> processKeys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).distinct().toList();
        String myTasks = myTasksFilter();
        for (String group : workGroups) {
            grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            grant(group, Resources.FILTER, myTasks, Permissions.READ);
            // Tasklist shows the names of the user's own groups
            grant(group, Resources.GROUP, group, Permissions.READ);
            for (String key : processKeys) {
                grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
            }
        }
        for (String group : LEADERSHIP) {
            grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
            grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // the engine grants this when it creates a user; users created before authorizations were on lack it, and
        // Tasklist reads the signed-in user's profile
        for (String user : users) {
            grantUser(user, Resources.USER, user, Permissions.READ);
        }
    }

    /**
     * "Việc của tôi": a Tasklist filter without conditions. With authorizations on, it lists exactly the tasks the
     * user may read, which are those he is assignee or candidate for.
     */
    private String myTasksFilter() {
        String name = messages.getMessage("authorization.tasklistFilter", null, Languages.VIETNAMESE);
        Filter filter = filters.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
        if (filter == null) {
            filter = filters.newTaskFilter(name);
            filter.setQuery(tasks.createTaskQuery());
            filter.setProperties(new HashMap<>(Map.of("priority", -10, "description",
                    messages.getMessage("authorization.tasklistFilter.description", null, Languages.VIETNAMESE),
                    "refresh", true)));
            filters.saveFilter(filter);
        }
        return filter.getId();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst()
                .orElse(null);
        save(existing, a -> a.setGroupId(groupId), resource, resourceId, permissions);
    }

    private void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .userIdIn(userId).resourceType(resource).resourceId(resourceId).list().stream().findFirst()
                .orElse(null);
        save(existing, a -> a.setUserId(userId), resource, resourceId, permissions);
    }

    private void save(Authorization existing, Consumer<Authorization> owner, Resource resource,
            String resourceId, Permission... permissions) {
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            owner.accept(authorization);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}

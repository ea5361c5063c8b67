package jp.kyodoflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start and in every profile, that the role and department groups exist and
 * have what they need in Tasklist and Cockpit, and nothing more. Tasks themselves are opened to
 * their candidate groups by the engine when they are created.
 */
@Component
@Order(10)
class AccessSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);
    static final Map<String, String> ROLE_GROUPS = Map.of(
            Roles.COORDINATOR, "市民活動推進課（コーディネーター）",
            Roles.APPROVER, "決裁者",
            Roles.COMMITTEE, "審査委員会",
            Roles.ADMIN, "システム管理者",
            Roles.APPLICANT, "申請者（市民）");

    private final IdentityDirectory identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final MunicipalityProperties city;

    AccessSetup(IdentityDirectory identity, AuthorizationService authorizations, FilterService filters,
                TaskService tasks, MunicipalityProperties city) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.city = city;
    }

    @Override
    public void run(ApplicationArguments args) {
        ROLE_GROUPS.forEach((id, name) -> identity.ensureGroup(id, name, Roles.TYPE_ROLE, List.of()));
        city.departments().forEach(d -> {
            identity.ensureGroup(d.id(), d.name(), Roles.TYPE_DEPARTMENT, List.of());
            grant(d.id(), Resources.PROCESS_DEFINITION, ProcessKeys.COLLABORATION_PROJECT,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(d.id(), Resources.PROCESS_DEFINITION, ProcessKeys.ADMINISTRATION_THEME,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(d.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        });
        grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.COORDINATOR, Resources.PROCESS_DEFINITION, ProcessKeys.SUBSIDY_AWARD,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Roles.COORDINATOR, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Roles.APPLICANT, Resources.PROCESS_DEFINITION, ProcessKeys.GROUP_REGISTRATION,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Roles.APPLICANT, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        for (String monitor : List.of(Roles.COORDINATOR, Roles.ADMIN)) {
            grant(monitor, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(monitor, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(monitor, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            grant(monitor, Resources.DEPLOYMENT, "*", Permissions.READ);
            grant(monitor, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        }
        ensureFilter("グループのタスク", -10, tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensureFilter("自分のタスク", -20, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        log.info("Access set up for {} role groups and {} departments", ROLE_GROUPS.size(), city.departments().size());
    }

    private void ensureFilter(String name, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setOwner("admin").setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", name, "refresh", true));
            filters.saveFilter(filter);
        }
        grantGlobal(Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permission p : permissions) {
            auth.addPermission(p);
        }
        authorizations.saveAuthorization(auth);
    }

    private void grantGlobal(Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        auth.setUserId(Authorization.ANY);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }
}

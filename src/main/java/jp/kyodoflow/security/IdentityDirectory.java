package jp.kyodoflow.security;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Maintains the Camunda groups behind roles, departments and registered civic groups. */
@Component
public class IdentityDirectory {

    private final IdentityService identityService;
    private final EngineAccess engine;

    IdentityDirectory(IdentityService identityService, EngineAccess engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Creates (or renames) the group and adds the given users, as a system action. */
    public void ensureGroup(String groupId, String name, String type, Collection<String> memberUserIds) {
        engine.asSystem(() -> {
            Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
            if (group == null) {
                group = identityService.newGroup(groupId);
            }
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            for (String userId : new java.util.LinkedHashSet<>(memberUserIds)) {
                boolean userExists = identityService.createUserQuery().userId(userId).count() > 0;
                boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
                if (userExists && !member) {
                    identityService.createMembership(userId, groupId);
                }
            }
            return null;
        });
    }

    public String displayName(String groupId) {
        Group group = engine.asSystem(() -> identityService.createGroupQuery().groupId(groupId).singleResult());
        return group == null ? groupId : group.getName();
    }
}

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
            boolean created = group == null;
            if (created) {
                group = identityService.newGroup(groupId);
            }
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            java.util.Set<String> wanted = new java.util.LinkedHashSet<>(memberUserIds);
            wanted.remove(null);
            String[] userIds = wanted.toArray(String[]::new);
            if (userIds.length == 0) {
                return null;
            }
            // two queries for all of them (which users exist, which are members already), not two per user
            java.util.Set<String> existing = ids(identityService.createUserQuery().userIdIn(userIds).list());
            java.util.Set<String> members = created ? java.util.Set.of()
                    : ids(identityService.createUserQuery().userIdIn(userIds).memberOfGroup(groupId).list());
            for (String userId : userIds) {
                if (existing.contains(userId) && !members.contains(userId)) {
                    identityService.createMembership(userId, groupId);
                }
            }
            return null;
        });
    }

    private static java.util.Set<String> ids(java.util.List<org.camunda.bpm.engine.identity.User> users) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        users.forEach(u -> ids.add(u.getId()));
        return ids;
    }

    public String displayName(String groupId) {
        Group group = engine.asSystem(() -> identityService.createGroupQuery().groupId(groupId).singleResult());
        return group == null ? groupId : group.getName();
    }

    /** A person as pages name them: display name (family name first) and Camunda groups. */
    public record Person(String userId, String displayName, java.util.Set<String> groups) {
    }

    /** The people behind the given user ids (unknown ids are left out); one query for the users, one per user for groups. */
    public java.util.Map<String, Person> people(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return java.util.Map.of();
        }
        return engine.asSystem(() -> {
            java.util.Map<String, Person> found = new java.util.HashMap<>();
            for (org.camunda.bpm.engine.identity.User u : identityService.createUserQuery()
                    .userIdIn(userIds.toArray(String[]::new)).list()) {
                java.util.Set<String> groups = new java.util.HashSet<>();
                identityService.createGroupQuery().groupMember(u.getId()).list().forEach(g -> groups.add(g.getId()));
                String name = (nz(u.getLastName()) + " " + nz(u.getFirstName())).trim();
                found.put(u.getId(), new Person(u.getId(), name.isEmpty() ? u.getId() : name, groups));
            }
            return found;
        });
    }

    /** The members of a Camunda group (e.g. the committee) by user id, each with their display name; one query. */
    public java.util.List<Person> membersOf(String groupId) {
        return engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
                .stream().map(u -> {
                    String name = (nz(u.getLastName()) + " " + nz(u.getFirstName())).trim();
                    return new Person(u.getId(), name.isEmpty() ? u.getId() : name, java.util.Set.of(groupId));
                }).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

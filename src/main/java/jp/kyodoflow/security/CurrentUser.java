package jp.kyodoflow.security;

import java.util.List;
import java.util.Set;

/**
 * The authenticated person and the Camunda groups they belong to (kept in the portal's session, hence serializable).
 * As a {@link java.security.Principal} its name is the user id: the session's principal name in spring_session.
 */
public record CurrentUser(String userId, Set<String> groups) implements java.io.Serializable, java.security.Principal {

    @Override
    public String getName() {
        return userId;
    }

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    public boolean has(String group) {
        return groups.contains(group);
    }

    /** City staff who may see every case: coordinator, approver, committee, administrator. */
    public boolean isCityWide() {
        return has(Roles.COORDINATOR) || has(Roles.APPROVER) || has(Roles.COMMITTEE) || has(Roles.ADMIN);
    }

    public boolean isStaff() {
        return isCityWide() || !departments().isEmpty();
    }

    public List<String> departments() {
        return groups.stream().filter(g -> g.startsWith(Roles.DEPARTMENT_PREFIX)).sorted().toList();
    }

    public List<Long> civicGroupIds() {
        return groups.stream().filter(g -> g.startsWith(Roles.CIVIC_GROUP_PREFIX))
                .map(g -> Long.parseLong(g.substring(Roles.CIVIC_GROUP_PREFIX.length()))).sorted().toList();
    }

    public boolean actsFor(long civicGroupId) {
        return has(Roles.civicGroup(civicGroupId));
    }
}

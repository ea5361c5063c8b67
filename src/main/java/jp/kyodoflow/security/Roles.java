package jp.kyodoflow.security;

/** Role groups in Camunda identity. Departments are {@code dept-*}, civic groups {@code group-<id>}. */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String APPROVER = "approver";
    public static final String COMMITTEE = "committee";
    public static final String ADMIN = "admin";
    public static final String APPLICANT = "applicant";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String DEPARTMENT_PREFIX = "dept-";
    public static final String CIVIC_GROUP_PREFIX = "group-";
    public static final String TYPE_ROLE = "ROLE";
    public static final String TYPE_DEPARTMENT = "DEPARTMENT";
    public static final String TYPE_CIVIC_GROUP = "CIVIC_GROUP";

    private Roles() {
    }

    public static String civicGroup(long civicGroupId) {
        return CIVIC_GROUP_PREFIX + civicGroupId;
    }
}

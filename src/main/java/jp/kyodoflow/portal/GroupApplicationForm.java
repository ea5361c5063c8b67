package jp.kyodoflow.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupApplicationRequest.Person;
import org.springframework.format.annotation.DateTimeFormat;

/** The group registration application as the portal's form sends it; the field names are ApplyGroupRegistrationForm's keys. */
public class GroupApplicationForm {

    public static class PersonRow {
        private String name;
        private String role;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
    }

    /** The declarations, in the form's order (each becomes a checkbox). */
    static final List<String> DECLARATIONS = List.of("declNotPolitical", "declNotReligious", "declNotElection",
            "declNotAntiSocial", "declNoTaxArrears", "declNotCityRun");

    private String groupName;
    private String groupType;
    private String representativeName;
    private String contactEmail;
    private String contactPhone;
    private String baseAddress;
    private Integer memberCount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;
    private List<String> activityFields = new ArrayList<>();
    private List<PersonRow> officers = new ArrayList<>();
    private List<PersonRow> members = new ArrayList<>();
    private boolean hasBylaws;
    private boolean hasAccounting;
    private List<String> declarations = new ArrayList<>();

    static GroupApplicationForm of(GroupApplicationRequest r) {
        GroupApplicationForm f = new GroupApplicationForm();
        f.groupName = r.groupName();
        f.groupType = r.groupType();
        f.representativeName = r.representativeName();
        f.contactEmail = r.contactEmail();
        f.contactPhone = r.contactPhone();
        f.baseAddress = r.baseAddress();
        f.memberCount = r.memberCount();
        f.foundedOn = r.foundedOn();
        f.activityFields.addAll(r.activityFields());
        r.officers().forEach(p -> f.officers.add(row(p)));
        r.members().forEach(p -> f.members.add(row(p)));
        f.hasBylaws = r.hasBylaws();
        f.hasAccounting = r.hasAccounting();
        boolean[] d = {r.declNotPolitical(), r.declNotReligious(), r.declNotElection(), r.declNotAntiSocial(),
            r.declNoTaxArrears(), r.declNotCityRun()};
        for (int i = 0; i < d.length; i++) {
            if (d[i]) {
                f.declarations.add(DECLARATIONS.get(i));
            }
        }
        return f.withRows();
    }

    private static PersonRow row(Person p) {
        PersonRow row = new PersonRow();
        row.name = p.name();
        row.role = p.role();
        return row;
    }

    GroupApplicationForm withRows() {
        if (officers.isEmpty()) {
            officers.add(new PersonRow());
        }
        if (members.isEmpty()) {
            members.add(new PersonRow());
        }
        return this;
    }

    GroupApplicationRequest toRequest() {
        return new GroupApplicationRequest(blank(groupName), blank(groupType), blank(representativeName), blank(contactEmail),
                blank(contactPhone), blank(baseAddress), memberCount, foundedOn, activityFields, people(officers, true),
                people(members, false), hasBylaws, hasAccounting, declared(0), declared(1), declared(2), declared(3),
                declared(4), declared(5));
    }

    /** The same values as the correction task's form fields, as the tasks door takes them. */
    Map<String, Object> toTaskValues() {
        Map<String, Object> v = new HashMap<>();
        v.put("groupName", groupName);
        v.put("groupType", groupType);
        v.put("representativeName", representativeName);
        v.put("contactEmail", contactEmail);
        v.put("contactPhone", contactPhone);
        v.put("baseAddress", baseAddress);
        v.put("memberCount", memberCount);
        v.put("foundedOn", foundedOn == null ? null : foundedOn.toString());
        v.put("activityFields", activityFields);
        v.put("officers", people(officers, true).stream().map(p -> Map.of("name", p.name(), "role", p.role() == null ? "" : p.role())).toList());
        v.put("members", people(members, false).stream().map(p -> Map.of("name", p.name())).toList());
        v.put("hasBylaws", hasBylaws);
        v.put("hasAccounting", hasAccounting);
        for (int i = 0; i < DECLARATIONS.size(); i++) {
            v.put(DECLARATIONS.get(i), declared(i));
        }
        v.values().removeIf(java.util.Objects::isNull);
        return v;
    }

    private boolean declared(int i) {
        return declarations.contains(DECLARATIONS.get(i));
    }

    /** Rows left empty are not people. */
    private static List<Person> people(List<PersonRow> rows, boolean withRole) {
        return rows.stream().filter(r -> r != null && r.name != null && !r.name.isBlank())
                .map(r -> new Person(r.name.strip(), withRole ? blank(r.role) : null, null)).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getGroupName() { return groupName; }
    public void setGroupName(String v) { groupName = v; }
    public String getGroupType() { return groupType; }
    public void setGroupType(String v) { groupType = v; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String v) { representativeName = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getBaseAddress() { return baseAddress; }
    public void setBaseAddress(String v) { baseAddress = v; }
    public Integer getMemberCount() { return memberCount; }
    public void setMemberCount(Integer v) { memberCount = v; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate v) { foundedOn = v; }
    public List<String> getActivityFields() { return activityFields; }
    public void setActivityFields(List<String> v) { activityFields = v; }
    public List<PersonRow> getOfficers() { return officers; }
    public void setOfficers(List<PersonRow> v) { officers = v; }
    public List<PersonRow> getMembers() { return members; }
    public void setMembers(List<PersonRow> v) { members = v; }
    public boolean isHasBylaws() { return hasBylaws; }
    public void setHasBylaws(boolean v) { hasBylaws = v; }
    public boolean isHasAccounting() { return hasAccounting; }
    public void setHasAccounting(boolean v) { hasAccounting = v; }
    public List<String> getDeclarations() { return declarations; }
    public void setDeclarations(List<String> v) { declarations = v; }
}

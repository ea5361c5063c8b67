package jp.kyodoflow.groups;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A group in the city's register (市民活動団体名簿). */
@Entity
@Table(name = "civic_group")
class CivicGroup {

    /** Where a group stands in the register: registered, or lapsed (its registration ended; renewal comes later). */
    enum Status { REGISTERED, LAPSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String registrationNumber;
    String name;
    String groupType;
    String representativeName;
    String contactEmail;
    String contactPhone;
    String baseAddress;
    int memberCount;
    LocalDate foundedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> activityFields = List.of();
    boolean hasBylaws;
    boolean hasAccounting;
    @Enumerated(EnumType.STRING)
    Status status;
    String camundaGroupId;
    Long applicationId;
    OffsetDateTime registeredAt;
    String registeredBy;
    LocalDate validUntil;
    @Version
    int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "civic_group_id", nullable = false, updatable = false) // written with the row, never updated after
    @OrderBy("officer desc, id asc")
    List<GroupPerson> people = new ArrayList<>();

    protected CivicGroup() {
    }

    CivicGroup(String registrationNumber, GroupApplicationRequest a, Long applicationId, String registeredBy,
               OffsetDateTime registeredAt, LocalDate validUntil) {
        this.registrationNumber = registrationNumber;
        this.name = a.groupName();
        this.groupType = a.groupType();
        this.representativeName = a.representativeName();
        this.contactEmail = a.contactEmail();
        this.contactPhone = a.contactPhone();
        this.baseAddress = a.baseAddress();
        this.memberCount = a.memberCount();
        this.foundedOn = a.foundedOn();
        this.activityFields = a.activityFields();
        this.hasBylaws = a.hasBylaws();
        this.hasAccounting = a.hasAccounting();
        this.status = Status.REGISTERED;
        this.applicationId = applicationId;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.validUntil = validUntil;
        this.camundaGroupId = "pending-" + registrationNumber;
        a.officers().forEach(p -> people.add(new GroupPerson(p.name(), p.role(), true, p.userId())));
        a.members().forEach(p -> people.add(new GroupPerson(p.name(), p.role(), false, p.userId())));
    }

    GroupRegister.GroupSummary summary() {
        return new GroupRegister.GroupSummary(id, registrationNumber, name, groupType, representativeName,
                baseAddress, memberCount, activityFields, status.name(), registeredAt, validUntil);
    }

    GroupRegister.GroupDetail detail() {
        return new GroupRegister.GroupDetail(summary(), contactEmail, contactPhone, foundedOn, hasBylaws,
                hasAccounting, camundaGroupId, people.stream().map(GroupPerson::view).toList());
    }
}

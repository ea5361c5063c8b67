package jp.kyodoflow.groups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of civic groups, as other modules and the API read it. City staff see every
 * group; a civic group's users see their own group only (officers and members are personal data).
 */
@Service
@Transactional(readOnly = true)
public class GroupRegister {

    public record GroupSummary(Long id, String registrationNumber, String name, String groupType,
                               String representativeName, String baseAddress, int memberCount,
                               List<String> activityFields, String status, OffsetDateTime registeredAt,
                               LocalDate validUntil) {
    }

    public record GroupDetail(GroupSummary group, String contactEmail, String contactPhone, LocalDate foundedOn,
                              boolean hasBylaws, boolean hasAccounting, String camundaGroupId,
                              List<PersonView> people) {
    }

    public record PersonView(String name, String role, boolean officer, String userId) {
    }

    /** An option of a Camunda Form select. */
    public record Option(String label, String value) {
    }

    private final CivicGroupRepository groups;
    private final jakarta.persistence.EntityManager em;
    private final jp.kyodoflow.municipality.RuleProperties rules;
    private final jp.kyodoflow.municipality.MunicipalityProperties city;

    GroupRegister(CivicGroupRepository groups, jp.kyodoflow.municipality.RuleProperties rules,
                  jp.kyodoflow.municipality.MunicipalityProperties city, jakarta.persistence.EntityManager em) {
        this.groups = groups;
        this.em = em;
        this.rules = rules;
        this.city = city;
    }

    /**
     * Why a group may not act as a registered group now (the rules of rules.md §1 applied to its
     * register entry); empty when it may. Used by the schemes' eligibility checks.
     */
    public List<String> standingProblems(long groupId) {
        return groups.findById(groupId).map(g -> {
            List<String> reasons = new java.util.ArrayList<>();
            if (g.status != CivicGroup.Status.REGISTERED) {
                reasons.add("団体の登録が有効ではありません");
            }
            reasons.addAll(RegistrationRules.standing(g.memberCount, g.baseAddress, "名簿", rules.registration(), city.name()));
            return reasons;
        }).orElse(List.of("団体が名簿にありません"));
    }

    /**
     * One page of the register as the person may read it, in registration order: staff every group, a group's
     * users their own; {@code status} (REGISTERED or LAPSED) narrows it. Two statements a page.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Paging.Page<GroupSummary> list(CurrentUser user, String status, Paging paging) {
        SqlPage q = SqlPage.from("civic_group");
        if (!user.isStaff()) {
            if (user.civicGroupIds().isEmpty()) {
                q.none();
            } else {
                q.where("t.id in (:groups)", "groups", user.civicGroupIds());
            }
        }
        if (status != null) {
            q.where("t.status = :status", "status", SqlPage.parse(CivicGroup.Status.class, "status", status).name());
        }
        return q.fetch(em, CivicGroup.class, "t.id", paging).map(CivicGroup::summary);
    }

    /** The names of some groups by id, in one statement (a page of another module's list names its groups). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Map<Long, String> names(java.util.Collection<Long> groupIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!groupIds.isEmpty()) {
            em.createQuery("select g.id, g.name from CivicGroup g where g.id in :ids", Object[].class)
                    .setParameter("ids", groupIds).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** Every group the person may read (the portal's name lists); the API pages with {@link #list(CurrentUser, String, Paging)}. */
    public List<GroupSummary> list(CurrentUser user) {
        List<CivicGroup> visible = user.isStaff() ? groups.findAllByOrderByIdAsc()
                : groups.findByIdInOrderByIdAsc(user.civicGroupIds());
        return visible.stream().map(CivicGroup::summary).toList();
    }

    public GroupDetail detail(CurrentUser user, long groupId) {
        if (!user.isStaff() && !user.actsFor(groupId)) {
            throw new NotFoundException("団体が見つかりません");
        }
        return groups.findById(groupId).map(CivicGroup::detail)
                .orElseThrow(() -> new NotFoundException("団体が見つかりません"));
    }

    /** For other modules (eligibility, conflicts of interest); no access check. */
    public Optional<GroupDetail> find(long groupId) {
        return groups.findById(groupId).map(CivicGroup::detail);
    }

    /** The contact addresses of the register entries of the given groups, by group id, in one statement (notices' mail). */
    public java.util.Map<Long, String> contactEmails(java.util.Collection<Long> groupIds) {
        java.util.Map<Long, String> byGroup = new java.util.HashMap<>();
        if (!groupIds.isEmpty()) {
            // the two columns only: loading the entries (with their people and documents) cost a notice more than
            // writing it
            groups.contactEmails(groupIds).forEach(row -> byGroup.put((Long) row[0], (String) row[1]));
        }
        return byGroup;
    }

    public boolean isRegistered(long groupId) {
        return groups.findById(groupId).map(g -> g.status == CivicGroup.Status.REGISTERED).orElse(false);
    }

    /** Registered groups' names by id (what the register publishes). */
    public java.util.Map<Long, String> registeredNames() {
        return groups.findByStatusOrderByNameAsc(CivicGroup.Status.REGISTERED).stream()
                .collect(java.util.stream.Collectors.toMap(g -> g.id, g -> g.name));
    }

    public List<Option> registeredOptions() {
        return groups.findByStatusOrderByNameAsc(CivicGroup.Status.REGISTERED).stream()
                .map(g -> new Option(g.name + "（" + g.registrationNumber + "）", String.valueOf(g.id))).toList();
    }
}

package jp.kyodoflow.subsidy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.SubsidyViews.Summary;
import org.springframework.stereotype.Component;

/**
 * The applications a person may read, one page in SQL: the rule of {@link SubsidyReading#staffMayRead} in the
 * WHERE clause (a programme's coordinators read the applications of their programme under each stored rules
 * version; the coordinator, the approver and administrators every one), a group its own.
 */
@Component
class SubsidyLists {

    private final EntityManager em;
    private final RulesVersionRepository versions;
    private final SubsidyReading reading;

    SubsidyLists(EntityManager em, RulesVersionRepository versions, SubsidyReading reading) {
        this.em = em;
        this.versions = versions;
        this.reading = reading;
    }

    Paging.Page<Summary> applications(CurrentUser user, String status, Paging paging) {
        SqlPage q = SqlPage.from("subsidy_application");
        if (user.isStaff()) {
            if (!user.has(Roles.COORDINATOR) && !user.has(Roles.APPROVER) && !user.has(Roles.ADMIN)) {
                List<String> run = programmesRunBy(user);
                if (run.isEmpty()) {
                    q.none();
                } else {
                    q.where("(t.rules_id || ':' || t.programme_code) in (:programmes)", "programmes", run);
                }
            }
        } else if (user.civicGroupIds().isEmpty()) {
            q.none();
        } else {
            q.where("t.group_id in (:groups)", "groups", user.civicGroupIds());
        }
        if (status != null) {
            q.where("t.status = :status", "status", SqlPage.parse(SubsidyStatus.class, "status", status).name());
        }
        Paging.Page<SubsidyApplication> page = q.fetch(em, SubsidyApplication.class, "t.id desc", paging);
        Map<Long, String> names = reading.groupNames(page.rows().stream().map(a -> a.groupId).distinct().toList());
        return page.map(a -> reading.summary(a, names));
    }

    /** "rulesId:programmeCode" of every stored programme whose coordinators' group the person is in. */
    private List<String> programmesRunBy(CurrentUser user) {
        List<String> run = new ArrayList<>();
        for (RulesVersion v : versions.findAll()) {
            v.rules.programmes().stream().filter(p -> user.has(p.coordinatorGroup()))
                    .forEach(p -> run.add(v.id + ":" + p.code()));
        }
        return run;
    }
}

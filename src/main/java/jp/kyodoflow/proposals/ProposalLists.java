package jp.kyodoflow.proposals;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The proposals a person may read, as one page read in SQL: the reading rule of {@link ProposalAccess} in the
 * WHERE clause (a department's proposals by the departments named in the content, a jsonb containment that
 * an index on {@code content -> 'departments'} serves).
 */
@Component
class ProposalLists {

    private final EntityManager em;

    ProposalLists(EntityManager em) {
        this.em = em;
    }

    Paging.Page<Proposal> visibleTo(CurrentUser user, Long roundId, ProposalStatus status, Paging paging) {
        SqlPage q = SqlPage.from("proposal");
        if (!user.isCityWide()) {
            if (user.isStaff()) {
                q.where("t.status <> 'DRAFT'");
                namingOneOf(q, user.departments());
            } else if (user.civicGroupIds().isEmpty()) {
                q.none();
            } else {
                q.where("t.group_id in (:groups)", "groups", user.civicGroupIds());
            }
        }
        q.whereIf(roundId, "t.round_id = :roundId", "roundId");
        q.whereIf(status == null ? null : status.name(), "t.status = :status", "status");
        return q.fetch(em, Proposal.class, "t.id desc", paging);
    }

    /** The content names at least one of the departments. */
    private static void namingOneOf(SqlPage q, List<String> departments) {
        List<String> any = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            any.add("t.content -> 'departments' @> jsonb_build_array(cast(:dept" + i + " as text))");
            values.add("dept" + i);
            values.add(departments.get(i));
        }
        q.where(String.join(" or ", any), values.toArray());
    }
}

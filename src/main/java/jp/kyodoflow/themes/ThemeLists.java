package jp.kyodoflow.themes;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The themes a person may read, in SQL: the rule of {@link ThemeService#mayRead} in the WHERE clause
 * (published themes for everyone, a department's own drafts, every draft for the city-wide staff).
 */
@Component
class ThemeLists {

    /** Newest year first, then in the order they were drafted (as the portal lists them). */
    private static final String ORDER = "t.fiscal_year desc, t.id";

    private final EntityManager em;

    ThemeLists(EntityManager em) {
        this.em = em;
    }

    /** The themes a person (or, when null, anyone) may read. */
    SqlPage visibleTo(CurrentUser user) {
        SqlPage q = SqlPage.from("theme");
        if (user != null && (user.has(Roles.COORDINATOR) || user.has(Roles.APPROVER) || user.has(Roles.ADMIN))) {
            return q;
        }
        List<String> published = Arrays.stream(ThemeStatus.values()).filter(ThemeStatus::published).map(Enum::name).toList();
        List<String> departments = user == null || user.departments().isEmpty() ? List.of("-") : user.departments();
        return q.where("t.status in (:published) or t.department_group in (:departments)", "published", published,
                "departments", departments);
    }

    Paging.Page<Theme> page(SqlPage q, Paging paging) {
        return q.fetch(em, Theme.class, ORDER, paging);
    }

    /** Every theme of the query (the portal's pages), in one statement. */
    List<Theme> all(SqlPage q) {
        return q.all(em, Theme.class, ORDER);
    }
}

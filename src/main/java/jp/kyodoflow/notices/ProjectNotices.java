package jp.kyodoflow.notices;

import java.util.Map;
import jp.kyodoflow.agreements.events.AgreementDrafted;
import jp.kyodoflow.projects.events.PartnerSelected;
import jp.kyodoflow.projects.events.ProjectCase;
import jp.kyodoflow.projects.events.ProjectReviewDecided;
import jp.kyodoflow.security.Roles;
import org.springframework.stereotype.Component;

/**
 * What the partner group of a collaboration project is told, and when (templates in
 * notices/templates/projects.properties): that it was chosen, that an agreement waits for its
 * signature, and how the year was reviewed.
 */
@Component
class ProjectNotices {

    private final NoticeService notices;

    ProjectNotices(NoticeService notices) {
        this.notices = notices;
    }

    @NoticeListener
    void on(PartnerSelected e) {
        notices.toGroup(Roles.civicGroup(e.groupId()), "PARTNER_SELECTED", "project-partner-selected",
                Map.of("title", e.projectTitle()), ProjectCase.TYPE, e.projectId());
    }

    @NoticeListener
    void on(AgreementDrafted e) {
        notices.toGroup(Roles.civicGroup(e.partnerGroupId()), "AGREEMENT_TO_SIGN", "project-agreement-to-sign",
                Map.of("title", e.projectTitle()), ProjectCase.TYPE, e.projectId());
    }

    @NoticeListener
    void on(ProjectReviewDecided e) {
        if (e.partnerGroupId() == null) {
            return;
        }
        notices.toGroup(Roles.civicGroup(e.partnerGroupId()), "REVIEW_DECIDED", "project-review-decided",
                Map.of("title", e.projectTitle(), "projectYear", e.projectYear(), "decision", e.decisionLabel(),
                        "reason", e.reason()), ProjectCase.TYPE, e.projectId());
    }
}

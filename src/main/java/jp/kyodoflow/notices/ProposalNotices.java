package jp.kyodoflow.notices;

import java.util.HashMap;
import java.util.Map;
import jp.kyodoflow.proposals.events.DepartmentOpinionOverdue;
import jp.kyodoflow.proposals.events.DepartmentOpinionReminded;
import jp.kyodoflow.proposals.events.ProposalAccepted;
import jp.kyodoflow.proposals.events.ProposalAdopted;
import jp.kyodoflow.proposals.events.ProposalAdoptedWithConditions;
import jp.kyodoflow.proposals.events.ProposalBudgetRejected;
import jp.kyodoflow.proposals.events.ProposalCase;
import jp.kyodoflow.proposals.events.ProposalCorrectionReminded;
import jp.kyodoflow.proposals.events.ProposalCorrectionRequested;
import jp.kyodoflow.proposals.events.ProposalLapsed;
import jp.kyodoflow.proposals.events.ProposalNotAccepted;
import jp.kyodoflow.proposals.events.ProposalRejected;
import jp.kyodoflow.proposals.events.ProposalSubmitted;
import jp.kyodoflow.security.Roles;
import org.springframework.stereotype.Component;

/**
 * What the proposing group, the departments asked for their opinion and the coordinator are told in the
 * citizen-proposed scheme, and when (templates in notices/templates/proposals.properties). Every notice
 * belongs to the proposal's case.
 */
@Component
class ProposalNotices {

    private final NoticeService notices;

    ProposalNotices(NoticeService notices) {
        this.notices = notices;
    }

    @NoticeListener
    void on(ProposalSubmitted e) {
        toGroupOf(e.groupId(), "SUBMITTED", "proposal-submitted", e.proposalId(), "title", e.title());
    }

    @NoticeListener
    void on(ProposalAccepted e) {
        toGroupOf(e.groupId(), "ACCEPTED", "proposal-accepted", e.proposalId(), "title", e.title());
    }

    @NoticeListener
    void on(ProposalCorrectionRequested e) {
        toGroupOf(e.groupId(), "SENT_BACK", "proposal-sent-back", e.proposalId(), "title", e.title(),
                "reason", e.reason(), "deadline", e.deadline());
    }

    @NoticeListener
    void on(ProposalCorrectionReminded e) {
        toGroupOf(e.groupId(), "REMINDER", "proposal-correction-reminder", e.proposalId(), "title", e.title(),
                "deadline", e.deadline());
    }

    @NoticeListener
    void on(ProposalLapsed e) {
        toGroupOf(e.groupId(), "LAPSED", "proposal-lapsed", e.proposalId(), "title", e.title());
    }

    @NoticeListener
    void on(ProposalNotAccepted e) {
        toGroupOf(e.groupId(), "NOT_ACCEPTED", "proposal-not-accepted", e.proposalId(), "title", e.title(),
                "reason", e.reason());
    }

    @NoticeListener
    void on(DepartmentOpinionReminded e) {
        notices.toGroup(e.department(), "REMINDER", "proposal-opinion-reminder", Map.of("title", e.title()),
                ProposalCase.TYPE, e.proposalId());
    }

    @NoticeListener
    void on(DepartmentOpinionOverdue e) {
        notices.toGroup(Roles.COORDINATOR, "ESCALATION", "proposal-opinion-overdue",
                Map.of("title", e.title(), "department", e.department()), ProposalCase.TYPE, e.proposalId());
    }

    @NoticeListener
    void on(ProposalAdopted e) {
        toGroupOf(e.groupId(), "ADOPT", "proposal-adopted", e.proposalId(), "title", e.title());
    }

    @NoticeListener
    void on(ProposalAdoptedWithConditions e) {
        toGroupOf(e.groupId(), "ADOPT_WITH_CONDITIONS", "proposal-adopted-with-conditions", e.proposalId(),
                "title", e.title(), "conditions", e.conditions());
    }

    @NoticeListener
    void on(ProposalRejected e) {
        // a theme's other proposals (行政提案型) carry why: another proposal was chosen, or none
        toGroupOf(e.groupId(), "REJECT", "proposal-rejected", e.proposalId(), "title", e.title(), "note",
                e.conditions() == null || e.conditions().isBlank() ? "" : "（" + e.conditions().strip() + "）");
    }

    @NoticeListener
    void on(ProposalBudgetRejected e) {
        toGroupOf(e.groupId(), "BUDGET_REJECTED", "proposal-budget-rejected", e.proposalId(), "title", e.title());
    }

    /** A notice to everyone of the proposing group; {@code values} are name, value, … (a value may be null: blank). */
    private void toGroupOf(long groupId, String kind, String template, long proposalId, Object... values) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], values[i + 1]);
        }
        notices.toGroup(Roles.civicGroup(groupId), kind, template, map, ProposalCase.TYPE, proposalId);
    }
}

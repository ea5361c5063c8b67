package jp.kyodoflow.proposals;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.proposals.events.ProposalAdopted;
import jp.kyodoflow.proposals.events.ProposalAdoptedWithConditions;
import jp.kyodoflow.proposals.events.ProposalBudgetRejected;
import jp.kyodoflow.proposals.events.ProposalCaseEnded;
import jp.kyodoflow.proposals.events.ProposalHandedOver;
import jp.kyodoflow.proposals.events.ProposalRejected;
import jp.kyodoflow.proposals.events.ProposalRevised;
import jp.kyodoflow.proposals.events.ProposalRevisionAccepted;
import jp.kyodoflow.proposals.events.ProposalRevisionRequestedAgain;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the review: the decision handed over by the call (採択, 条件付き採択, 不採択), the revision
 * along the conditions and its confirmation, the council's budget vote, and the case's end or its
 * handover to the project flow.
 */
@Service
@Transactional
public class ProposalDecisions {

    private final ProposalRepository proposals;
    private final ApplicationEventPublisher events;

    ProposalDecisions(ProposalRepository proposals, ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.events = events;
    }

    /** 審査の結果 (from the committee round and the approver), as the call hands it to the proposal. */
    void recordReviewDecision(long id, ReviewDecision decision, String conditions, boolean budgetVoteRequired) {
        Proposal p = proposals.load(id);
        p.reviewDecision = decision;
        p.conditions = conditions;
        p.status = switch (decision) {
            case REJECT -> ProposalStatus.REJECTED;
            case ADOPT_WITH_CONDITIONS -> ProposalStatus.REVISING;
            case ADOPT -> adopted(budgetVoteRequired);
        };
        String title = p.content.title();
        events.publishEvent(switch (decision) {
            case REJECT -> new ProposalRejected(id, p.groupId, title, conditions);
            case ADOPT_WITH_CONDITIONS -> new ProposalAdoptedWithConditions(id, p.groupId, title, conditions);
            case ADOPT -> new ProposalAdopted(id, p.groupId, title, conditions);
        });
    }

    /** 条件に沿った修正: the group says what it changed. */
    public void revise(long id, String summary, String actor) {
        Proposal p = proposals.load(id);
        p.requireStatus(ProposalStatus.REVISING);
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleException("修正内容の説明を入力してください");
        }
        events.publishEvent(new ProposalRevised(id, summary, actor));
    }

    /** 修正内容の確認: ACCEPT goes on as adopted, REQUEST_AGAIN (with what is missing) back to the group. */
    public void confirmRevision(long id, String decision, String comment, boolean budgetVoteRequired, String actor) {
        Proposal p = proposals.load(id);
        p.requireStatus(ProposalStatus.REVISING);
        if ("REQUEST_AGAIN".equals(decision)) {
            if (comment == null || comment.isBlank()) {
                throw new BusinessRuleException("再修正を求める場合は、依頼内容を入力してください");
            }
            events.publishEvent(new ProposalRevisionRequestedAgain(id, comment, actor));
        } else if ("ACCEPT".equals(decision)) {
            p.status = adopted(budgetVoteRequired);
            events.publishEvent(new ProposalRevisionAccepted(id, comment, actor));
        } else {
            throw new BusinessRuleException("確認の結果を選んでください");
        }
    }

    /** The council's vote on the call's budget, for one adopted proposal waiting for it. */
    void budgetResult(long id, boolean approved) {
        Proposal p = proposals.load(id);
        if (approved) {
            p.status = ProposalStatus.TO_AGREEMENT;
            return;
        }
        p.status = ProposalStatus.BUDGET_REJECTED;
        events.publishEvent(new ProposalBudgetRejected(id, p.groupId, p.content.title()));
    }

    /** The proposal's case ends (its decision and notice were recorded when the decision arrived). */
    public void close(long id, String why) {
        Proposal p = proposals.load(id);
        if (p.status != ProposalStatus.REJECTED && p.status != ProposalStatus.BUDGET_REJECTED) {
            throw new IllegalStateException("proposal " + id + " ends as " + why + " but is " + p.status);
        }
        events.publishEvent(new ProposalCaseEnded(id, why));
    }

    /** 協定へ: the project the adopted proposal started. */
    void linkProject(long id, long projectId) {
        Proposal p = proposals.load(id);
        p.projectId = projectId;
        p.status = ProposalStatus.TO_AGREEMENT;
        events.publishEvent(new ProposalHandedOver(id, projectId));
    }

    private static ProposalStatus adopted(boolean budgetVoteRequired) {
        return budgetVoteRequired ? ProposalStatus.AWAITING_BUDGET : ProposalStatus.TO_AGREEMENT;
    }
}

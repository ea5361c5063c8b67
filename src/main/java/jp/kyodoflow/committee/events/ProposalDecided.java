package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The approver decided on one proposal of a round (採否の決定): ADOPT, ADOPT_WITH_CONDITIONS or REJECT,
 * with the conditions, and the reason when the decision departs from the committee's recommendation.
 * refType/refId point at the scheme's record (e.g. CITIZEN_PROPOSAL and its id).
 */
public record ProposalDecided(long roundId, long proposalId, String refType, Long refId, String decision,
                              String conditions, String deviationReason, String approverId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "採否の決定", decision + ":" + proposalId,
                deviationReason != null ? "推薦と異なる：" + deviationReason : conditions, approverId);
    }
}

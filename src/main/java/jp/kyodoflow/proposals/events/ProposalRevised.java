package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The group revised a proposal adopted with conditions (条件に沿った修正), saying what it changed. */
public record ProposalRevised(long proposalId, String summary, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "条件に沿った修正", "REVISED", summary, userId);
    }
}

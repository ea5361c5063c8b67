package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator asked the group to revise once more (修正内容の確認: 再修正), saying what is missing. */
public record ProposalRevisionRequestedAgain(long proposalId, String request, String coordinatorId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "修正内容の確認", "REQUEST_AGAIN", request, coordinatorId);
    }
}

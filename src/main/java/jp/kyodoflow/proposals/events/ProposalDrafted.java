package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A group's user started a proposal to a call (下書き). */
public record ProposalDrafted(long proposalId, long roundId, long groupId, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "提案", "DRAFTED", null, userId);
    }
}

package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A group's user rewrote a draft, or a proposal sent back for correction. */
public record ProposalEdited(long proposalId, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "提案", "EDITED", null, userId);
    }
}

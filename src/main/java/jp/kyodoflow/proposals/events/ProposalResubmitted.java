package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The group corrected and resubmitted a sent-back proposal (提案の修正); 要件審査 starts again. */
public record ProposalResubmitted(long proposalId, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "提案の修正", "RESUBMITTED", null, userId);
    }
}

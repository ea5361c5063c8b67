package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator accepted the revision (修正内容の確認: 了承); the proposal goes on as adopted. */
public record ProposalRevisionAccepted(long proposalId, String comment, String coordinatorId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "修正内容の確認", "ACCEPT", comment, coordinatorId);
    }
}

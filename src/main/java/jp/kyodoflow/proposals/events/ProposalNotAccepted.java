package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator did not accept the proposal (要件審査: 不受理), with the reason; its case ends. */
public record ProposalNotAccepted(long proposalId, long groupId, String title, String reason, String coordinatorId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "要件審査", "NOT_ACCEPTED", reason, coordinatorId);
    }
}

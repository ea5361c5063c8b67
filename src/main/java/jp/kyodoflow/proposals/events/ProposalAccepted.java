package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator found the proposal eligible (要件審査: 受理); the departments are asked for their opinions next. */
public record ProposalAccepted(long proposalId, long groupId, String title, String comment, String coordinatorId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "要件審査", "ELIGIBLE", comment, coordinatorId);
    }
}

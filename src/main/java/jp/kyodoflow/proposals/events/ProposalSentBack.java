package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The coordinator sent the proposal back for correction (要件審査: 差戻し), with the reason. The group is
 * told by the model's next step, which sets the deadline ({@link ProposalCorrectionRequested}).
 */
public record ProposalSentBack(long proposalId, long groupId, String reason, String coordinatorId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "要件審査", "SEND_BACK", reason, coordinatorId);
    }
}

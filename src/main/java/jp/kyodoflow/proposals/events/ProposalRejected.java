package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The review did not adopt the proposal (不採択); its case ends. */
public record ProposalRejected(long proposalId, long groupId, String title, String conditions) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "決定", "REJECT", conditions, "system");
    }
}

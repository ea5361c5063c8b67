package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The review adopted the proposal (採択); it goes to the budget vote or straight to the agreement. */
public record ProposalAdopted(long proposalId, long groupId, String title, String conditions) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "決定", "ADOPT", conditions, "system");
    }
}

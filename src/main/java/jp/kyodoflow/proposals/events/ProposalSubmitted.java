package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A group submitted its proposal within the call's window (提出), asking the city for {@code cityShareYen}. */
public record ProposalSubmitted(long proposalId, long roundId, long groupId, String title, long cityShareYen,
                                String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(ProposalCase.TYPE, proposalId, "提案", "SUBMITTED", title, cityShareYen, userId);
    }
}

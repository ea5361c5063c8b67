package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The council voted the call's budget (予算議決): {@code APPROVED} or {@code REJECTED}, recorded by the coordinator. */
public record BudgetVoted(long roundId, String vote, String note, String coordinatorId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.ROUND, roundId, "予算議決", vote, note, coordinatorId);
    }
}

package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The review adopted the proposal with conditions (条件付き採択); the group revises it along them. */
public record ProposalAdoptedWithConditions(long proposalId, long groupId, String title, String conditions)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "決定", "ADOPT_WITH_CONDITIONS", conditions, "system");
    }
}

package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The proposal's case ended without a project ({@code why}: 不採択, 予算否決). */
public record ProposalCaseEnded(long proposalId, String why) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "終了", why, null, "system");
    }
}

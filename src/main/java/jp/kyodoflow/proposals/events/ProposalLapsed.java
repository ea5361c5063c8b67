package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A sent-back proposal was not resubmitted by its deadline and lapsed (失効). */
public record ProposalLapsed(long proposalId, long groupId, String title) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "提案の修正", "LAPSED", "修正期限を過ぎました", "system");
    }
}

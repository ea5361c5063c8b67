package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The adopted proposal started its collaboration project, which continues at 協議 (協定へ). */
public record ProposalHandedOver(long proposalId, long projectId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "協定へ", "PROJECT_STARTED:" + projectId, null, "system");
    }
}

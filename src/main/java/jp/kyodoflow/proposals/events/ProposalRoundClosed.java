package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The call's window closed (募集の締切); submissions are refused from now on. */
public record ProposalRoundClosed(long roundId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.ROUND, roundId, "募集", "CLOSED", null, "system");
    }
}

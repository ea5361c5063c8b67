package jp.kyodoflow.proposals.events;

import java.time.OffsetDateTime;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator opened a yearly call (募集) with its window. */
public record ProposalRoundOpened(long roundId, String title, int fiscalYear, OffsetDateTime opensAt,
                                  OffsetDateTime closesAt, String coordinatorId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.ROUND, roundId, "募集", "OPENED", title, coordinatorId);
    }
}

package jp.kyodoflow.proposals.events;

import java.time.LocalDate;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator moved the call's closing to now ({@code closedOn}); its closing timer fires at once. */
public record ProposalRoundClosedEarly(long roundId, LocalDate closedOn, String coordinatorId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.ROUND, roundId, "募集", "CLOSED_EARLY", "締切を" + closedOn + "に早めた",
                coordinatorId);
    }
}

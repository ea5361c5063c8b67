package jp.kyodoflow.proposals.events;

import java.time.LocalDate;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A group came for its pre-consultation (事前相談) to the call, recorded by city staff. */
public record PreConsultationRecorded(long roundId, long preConsultationId, long groupId, LocalDate heldOn,
                                      String notes, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.ROUND, roundId, "事前相談", "RECORDED:" + groupId, notes, userId).asInternal();
    }
}

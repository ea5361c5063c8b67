package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The secretariat answered a lack of quorum (定足数不足への対応): RESCORE (the hearing is scored again)
 * or PROCEED (the result stands as aggregated), with the reason.
 */
public record QuorumResolved(long roundId, String decision, String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "定足数不足への対応", decision, reason, actor).asInternal();
    }
}

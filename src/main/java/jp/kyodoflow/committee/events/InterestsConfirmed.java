package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A member confirmed that they have no interests other than the ones recorded (利害関係の確認). */
public record InterestsConfirmed(long roundId, String memberId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "利害関係の確認", "CONFIRMED", null, memberId).asInternal();
    }
}

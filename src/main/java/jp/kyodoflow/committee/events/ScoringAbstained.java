package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A member abstained from scoring a stage (棄権), with their note. */
public record ScoringAbstained(long roundId, String stage, int attempt, String memberId, String note)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "採点（" + stage + "）", "ABSTAINED", note, memberId).asInternal();
    }
}

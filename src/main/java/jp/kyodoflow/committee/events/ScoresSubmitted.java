package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A member submitted their whole score sheet for a stage (採点).
 *
 * @param stage   DOCUMENT or HEARING
 * @param attempt the stage's scoring attempt (a hearing may be scored again after a lack of quorum)
 * @param scores  how many scores (proposal × criterion) the sheet held
 */
public record ScoresSubmitted(long roundId, String stage, int attempt, String memberId, int scores)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "採点（" + stage + "）", "SUBMITTED", scores + "件", memberId).asInternal();
    }
}

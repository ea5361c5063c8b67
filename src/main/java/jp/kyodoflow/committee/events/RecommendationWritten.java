package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The chair wrote the comments on every proposal and the committee's recommendation (講評・答申). */
public record RecommendationWritten(long roundId, String chairId, String recommendation) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "講評・答申", "WRITTEN", recommendation, chairId).asInternal();
    }
}

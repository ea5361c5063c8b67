package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A stage's scores were aggregated with the round's rules (集計).
 *
 * @param passed     proposals at or above the stage's line
 * @param allQuorate whether every proposal had enough scorers
 * @param summary    one line per proposal, as shown to the secretariat
 */
public record StageAggregated(long roundId, String stage, int passed, boolean allQuorate, String summary)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "集計（" + stage + "）", passed + "件が基準以上", summary, "system");
    }
}

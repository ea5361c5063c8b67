package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A minor change was recorded without approval. */
public record SubsidyChangeRecorded(long applicationId, long groupId, String coordinatorGroup, String title, Long amountYen,
                     String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(SubsidyCase.TYPE, applicationId, "変更", "MINOR", reason, amountYen, actor);
    }
}

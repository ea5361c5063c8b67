package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The group cancelled the project (中止). */
public record SubsidyCancelled(long applicationId, long groupId, String coordinatorGroup, String title, Long amountYen,
                     String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(SubsidyCase.TYPE, applicationId, "中止", "CANCELLED", reason, amountYen, actor);
    }
}

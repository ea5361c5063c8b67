package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The group asked for approval of a change (変更承認申請). */
public record SubsidyChangeRequested(long applicationId, long groupId, String coordinatorGroup, String title, Long amountYen,
                     String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(SubsidyCase.TYPE, applicationId, "変更承認申請", "REQUESTED", reason, amountYen, actor);
    }
}

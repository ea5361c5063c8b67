package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The report deadline passed: escalated to the coordinator. */
public record SubsidyReportOverdue(long applicationId, long groupId, String coordinatorGroup, String title, Long amountYen,
                     String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(SubsidyCase.TYPE, applicationId, "実績報告", "OVERDUE", reason, amountYen, actor);
    }
}

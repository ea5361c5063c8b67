package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A repayment was ordered (返還命令); amountYen is the amount to repay. */
public record SubsidyRepaymentOrdered(long applicationId, long groupId, String coordinatorGroup, String title, Long amountYen,
                     String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(SubsidyCase.TYPE, applicationId, "返還命令", "ORDERED", reason, amountYen, actor);
    }
}

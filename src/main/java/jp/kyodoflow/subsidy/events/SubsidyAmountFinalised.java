package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The final amount was fixed (額の確定); amountYen is the final amount. */
public record SubsidyAmountFinalised(long applicationId, long groupId, String coordinatorGroup, String title, Long amountYen,
                     String reason, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(SubsidyCase.TYPE, applicationId, "額の確定", "FINALISED", reason, amountYen, actor);
    }
}

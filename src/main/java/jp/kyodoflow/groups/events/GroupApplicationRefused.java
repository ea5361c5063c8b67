package jp.kyodoflow.groups.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator refused the application (不受理), with the reason. */
public record GroupApplicationRefused(long applicationId, String applicantUserId, String reason, String coordinatorId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "登録審査", "REFUSED", reason, coordinatorId);
    }
}

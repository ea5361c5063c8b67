package jp.kyodoflow.groups.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A person applied to register a group (申請). */
public record GroupApplicationSubmitted(long applicationId, String applicantUserId, String groupName)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "申請", "SUBMITTED", null, applicantUserId);
    }
}

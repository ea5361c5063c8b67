package jp.kyodoflow.groups.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The applicant corrected and resubmitted a sent-back application (修正). */
public record GroupApplicationResubmitted(long applicationId, String applicantUserId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "修正", "RESUBMITTED", null, applicantUserId);
    }
}

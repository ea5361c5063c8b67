package jp.kyodoflow.groups.events;

import java.time.OffsetDateTime;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The correction deadline of a sent-back application is near and the applicant was reminded. */
public record GroupCorrectionReminded(long applicationId, String applicantUserId, OffsetDateTime deadline)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "修正", "REMINDED", null, "system");
    }
}

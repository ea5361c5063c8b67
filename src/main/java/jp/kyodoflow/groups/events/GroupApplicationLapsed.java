package jp.kyodoflow.groups.events;

import java.time.OffsetDateTime;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A sent-back application was not resubmitted by its deadline and lapsed (失効). */
public record GroupApplicationLapsed(long applicationId, String applicantUserId, OffsetDateTime deadline)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "修正", "LAPSED", "修正期限を過ぎました", "system");
    }
}

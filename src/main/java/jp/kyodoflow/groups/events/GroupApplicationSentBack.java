package jp.kyodoflow.groups.events;

import java.time.OffsetDateTime;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator sent the application back for correction by a deadline (差戻し). */
public record GroupApplicationSentBack(long applicationId, String applicantUserId, String reason,
                                       OffsetDateTime deadline, String coordinatorId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "登録審査", "SENT_BACK", reason, coordinatorId);
    }
}

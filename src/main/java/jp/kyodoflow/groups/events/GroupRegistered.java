package jp.kyodoflow.groups.events;

import java.time.LocalDate;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator registered the group (登録); it has its number and is valid until the end of the fiscal year. */
public record GroupRegistered(long applicationId, long groupId, String groupName, String registrationNumber,
                              LocalDate validUntil, String applicantUserId, String comment, String coordinatorId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "登録審査", "REGISTERED", comment, coordinatorId);
    }
}

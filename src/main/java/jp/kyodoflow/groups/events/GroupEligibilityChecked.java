package jp.kyodoflow.groups.events;

import java.util.List;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The registration rules were checked against an application (要件確認); the reasons say what failed. */
public record GroupEligibilityChecked(long applicationId, List<String> reasons) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(GroupCase.TYPE, applicationId, "要件確認", reasons.isEmpty() ? "PASSED" : "FAILED",
                String.join("／", reasons), "system");
    }
}

package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department chose a registered group as the partner (協働相手の選定), with the reason. */
public record PartnerSelected(long projectId, String projectTitle, long groupId, String reason, String selectedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "協働相手の選定", "DIRECT_CHOICE:" + groupId, reason, selectedBy);
    }
}

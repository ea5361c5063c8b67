package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** An information exchange or a participation in planning was recorded; the project ends there. */
public record InformalCollaborationRecorded(long projectId, String form, String formLabel) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "協働のかたちの選択", "RECORDED", formLabel + "として記録", "system");
    }
}

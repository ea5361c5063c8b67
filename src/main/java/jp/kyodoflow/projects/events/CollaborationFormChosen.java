package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department chose the form of collaboration (協働のかたちの選択); {@code form} is its code. */
public record CollaborationFormChosen(long projectId, String form, String formLabel, String reason, String chosenBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "協働のかたちの選択", form, reason, chosenBy);
    }
}

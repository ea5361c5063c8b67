package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department decided whether to take the problem on in collaboration (協働の検討), and why. */
public record CollaborationConsidered(long projectId, boolean suitable, String reason, String decidedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "協働の検討",
                suitable ? "SUITABLE" : "NOT_SUITABLE", reason, decidedBy);
    }
}

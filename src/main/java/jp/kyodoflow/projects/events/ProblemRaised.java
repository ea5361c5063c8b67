package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A department raised a local problem (課題の把握・共有); the project is its department's. */
public record ProblemRaised(long projectId, String title, String problem, String departmentGroup, String raisedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "課題の把握・共有", "RAISED", problem, raisedBy);
    }
}

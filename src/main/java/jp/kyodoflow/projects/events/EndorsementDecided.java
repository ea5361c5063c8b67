package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The approver decided on the city's endorsement (後援の承認), with a comment (required for a refusal). */
public record EndorsementDecided(long projectId, boolean approved, String comment, String decidedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "後援の承認",
                approved ? "ENDORSED" : "ENDORSEMENT_REJECTED", comment, decidedBy);
    }
}

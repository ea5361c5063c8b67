package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The approver decided on a project year (見直し): {@code decision} is CONTINUE, IMPROVE_AND_CONTINUE or
 * END ({@code decisionLabel} as people read it). {@code partnerGroupId} is null for a project without a
 * partner.
 */
public record ProjectReviewDecided(long projectId, String projectTitle, int projectYear, String decision,
                                   String decisionLabel, String reason, String lessons, Long partnerGroupId,
                                   String decidedBy) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "見直し", decision, reason, decidedBy);
    }
}

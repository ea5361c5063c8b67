package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A committee round was opened for the third-party evaluation of a project year (第三者評価). */
public record CommitteeEvaluationRequested(long projectId, int projectYear, long roundId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "評価", "COMMITTEE_ROUND:" + roundId, null, "system");
    }
}

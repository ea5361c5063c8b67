package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A continued project reached its maximum of years and ended. */
public record MaxYearsReached(long projectId, int projectYear, int maxYears) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "見直し",
                "MAX_YEARS_REACHED", "上限" + maxYears + "年に達しました", "system");
    }
}

package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;
import jp.kyodoflow.common.FiscalYear;

/** A continued project started its next year ({@code projectYear}) in the next fiscal year. */
public record NextYearStarted(long projectId, int projectYear, int fiscalYear) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "見直し", "NEXT_YEAR_" + projectYear,
                new FiscalYear(fiscalYear).label(), "system");
    }
}

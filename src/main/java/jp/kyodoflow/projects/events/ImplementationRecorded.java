package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department recorded how the year ran (事業実施); {@code outcome} is COMPLETED or AMEND_AGREEMENT. */
public record ImplementationRecorded(long projectId, int projectYear, String outcome, String note, String recordedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "事業実施", outcome, note, recordedBy);
    }
}

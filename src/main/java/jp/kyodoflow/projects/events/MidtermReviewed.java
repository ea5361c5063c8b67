package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The midterm review of a running project year was recorded (中間ふりかえり). */
public record MidtermReviewed(long projectId, int projectYear, String progressNote, String reviewedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "中間ふりかえり", "REVIEWED", progressNote, reviewedBy);
    }
}

package jp.kyodoflow.projects.events;

import java.time.LocalDate;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The approver decided the grant of a project year (補助金の交付決定): amount, period and conditions. */
public record GrantDecided(long projectId, int projectYear, long amountYen, LocalDate periodFrom, LocalDate periodTo,
                           String conditions, String decidedBy) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(ProjectCase.TYPE, projectId, "補助金の交付決定", "GRANTED", conditions, amountYen, decidedBy);
    }
}

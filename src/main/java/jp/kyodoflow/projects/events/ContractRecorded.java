package jp.kyodoflow.projects.events;

import java.time.LocalDate;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The commission contract of a project year was recorded (委託契約の記録): number, fee and period. */
public record ContractRecorded(long projectId, int projectYear, String contractNumber, long amountYen,
                               LocalDate periodFrom, LocalDate periodTo, String recordedBy) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(ProjectCase.TYPE, projectId, "委託契約の記録",
                "CONTRACTED", contractNumber, amountYen, recordedBy);
    }
}

package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A department's opinion did not arrive by its due date; the coordinator is told (期限超過の報告). */
public record DepartmentOpinionOverdue(long proposalId, String department, String title) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "意見照会", "OVERDUE:" + department, null, "system").asInternal();
    }
}

package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A department concerned gave its opinion on the proposal (意見照会への回答). */
public record DepartmentOpinionGiven(long proposalId, String department, String feasibility, String roleFit,
                                     String budgetAvailability, String comments, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "意見照会", department + ":" + feasibility, comments, userId).asInternal();
    }
}

package jp.kyodoflow.proposals.events;

/**
 * The council rejected the budget of the call, so this adopted proposal cannot be carried out. The vote
 * is in the call's history ({@link BudgetVoted}) and the case's end in the proposal's
 * ({@link ProposalCaseEnded}); this only tells the group, so it is no DomainEvent.
 */
public record ProposalBudgetRejected(long proposalId, long groupId, String title) {
}

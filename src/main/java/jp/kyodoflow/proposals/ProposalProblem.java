package jp.kyodoflow.proposals;

/**
 * One thing wrong with a proposal, with the field it belongs to, so that a form can show the message
 * next to it.
 *
 * @param field   the path of the field in {@link ProposalContent}: {@code title}, {@code targets[0].targetValue},
 *                {@code periodFrom}, {@code departments}, {@code budget.expenses[2].amount}, {@code budget.incomeCityShare};
 *                {@code budget.balance} for totals that do not match
 * @param message the sentence for the group, as the API returns it among the refusal's reasons
 */
public record ProposalProblem(String field, String message) {
}

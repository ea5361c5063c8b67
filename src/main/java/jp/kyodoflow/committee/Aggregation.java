package jp.kyodoflow.committee;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inputs and results of {@link ScoreAggregator}: plain values, no persistence. */
public final class Aggregation {
    private Aggregation() {
    }

    /** A proposal under review; requestedYen matters for the budget cut-off. */
    public record Proposal(long id, String title, long requestedYen) {
    }

    /** One member's score for one criterion of one proposal. */
    public record Score(long proposalId, String memberId, String criterionCode, int score) {
    }

    /**
     * @param members    the round's roster (member ids)
     * @param conflicted per proposal id, the members with a conflict of interest (declared or from the register)
     */
    public record Input(List<Proposal> proposals, List<String> members, Map<Long, Set<String>> conflicted,
                        List<Score> scores) {
    }

    /**
     * The result for one proposal.
     *
     * @param criterionAverages average per criterion code over the counted members (raw scale, unweighted)
     * @param memberTotals      weighted total per counted member, substituted members included
     * @param substituted       conflicted members whose total is the average of the others
     * @param excluded          conflicted members left out
     * @param scorers           members who actually scored (not conflicted, complete sheet)
     * @param quorum            scorers ≥ minScorers
     * @param sumTotal          sum of memberTotals (Motosu publishes sums)
     * @param averageTotal      average weighted total per counted member
     * @param normalised        averageTotal / maxTotal × 100, rounded to 2 decimals
     * @param passed            quorum and the threshold is reached
     * @param rank              1-based among passed proposals with quorum; null otherwise
     * @param tied              shares its rank with another proposal after the tie-break
     * @param withinBudget      passed and fits in the budget in rank order (true when no budget)
     */
    public record ProposalResult(long proposalId, String title, long requestedYen, Map<String, Double> criterionAverages,
                                 Map<String, Double> memberTotals, Set<String> substituted, Set<String> excluded,
                                 int scorers, boolean quorum, double sumTotal, double averageTotal, double normalised,
                                 boolean passed, Integer rank, boolean tied, boolean withinBudget) {
    }

    /** All proposals: ranked ones first by rank, then the rest by normalised score. */
    public record Result(List<ProposalResult> proposals) {
    }
}

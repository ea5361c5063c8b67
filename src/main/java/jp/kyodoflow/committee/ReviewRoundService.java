package jp.kyodoflow.committee;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.RoundInputs.CreateRound;

/**
 * The committee module's door for schemes: set up a round of their proposals (or a project's
 * third-party evaluation), start its CommitteeReviewProcess, and read back what came of it. The round's
 * own steps (interests, scoring, hearings, comments, decisions) are the module's inside.
 */
public interface ReviewRoundService {

    /** What was decided for one proposal of a round; refType/refId point at the scheme's record. */
    record Decision(long proposalId, String refType, Long refId, String decision, String conditions) {
    }

    /**
     * One proposal of a ranking round as the committee left it, in rank order.
     *
     * @param passed the proposal reached the round's line with quorum (every proposal with quorum when the rules have no line)
     */
    record Ranked(long proposalId, String refType, Long refId, String title, Integer rank, double normalised,
                  boolean passed, String resultLabel) {
    }

    /** Sets up a round (roster, proposals, a version of the rules); refuses a roster or proposals in error. */
    long create(CreateRound in, String actor);

    /**
     * As {@link #create}, for a round that only ranks: nobody decides inside the committee process; the
     * calling scheme reads {@link #ranking} and its approver chooses (行政提案型: the partner of a theme).
     */
    long createRanking(CreateRound in, String actor);

    /** The committee's ranking of a round: ranked proposals first by rank, then the rest; empty before aggregation. */
    List<Ranked> ranking(long roundId);

    /**
     * A project's third-party evaluation (評価) as a round: the project is the one "proposal" (its
     * partner group as applicant, so conflicts come from the register), the configured evaluation
     * rules, and the configured roster (first member chairs) or else every committee member.
     */
    long createEvaluationRound(String title, long projectId, Long partnerGroupId, String configName,
                               List<String> configuredMembers, String actor);

    /** The committee's averages per criterion for the (single) project of an evaluation round. */
    Map<String, Double> evaluationAverages(long roundId);

    /** Starts CommitteeReviewProcess for a round on its own (schemes call it as a call activity instead). */
    String start(long roundId);
}

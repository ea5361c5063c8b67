package jp.kyodoflow.committee.round;

import java.util.List;
import java.util.stream.Collectors;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.events.QuorumResolved;
import jp.kyodoflow.committee.events.StageAggregated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregating a stage (集計) with the round's rules, each proposal's result stored on it; and the
 * secretariat's answer when a proposal lacks quorum (定足数不足への対応): score the hearing again, or
 * proceed with the result as it is.
 */
@Service
@Transactional
public class StageAggregation {

    public record StageOutcome(int passedCount, boolean allQuorate, String summary) {
    }

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;
    private final ApplicationEventPublisher events;

    StageAggregation(ReviewRoundRepository rounds, RoundRecords records, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.records = records;
        this.events = events;
    }

    /** Aggregates a stage with the round's rules and stores each proposal's result. */
    public StageOutcome aggregate(long roundId, Stage stage) {
        ReviewRound round = rounds.load(roundId);
        boolean screening = stage == Stage.DOCUMENT && round.rules.stages().size() == 2;
        ReviewRules rules = screening && round.rules.stage1Threshold() != null ? withThreshold(round.rules, round.rules.stage1Threshold())
                : round.rules;
        List<ReviewProposal> proposals = round.proposalsIn(stage);
        Aggregation.Result result = ScoreAggregator.aggregate(rules, input(round, stage, proposals));
        int passed = 0;
        boolean allQuorate = true;
        for (Aggregation.ProposalResult r : result.proposals()) {
            ReviewProposal p = round.proposal(r.proposalId());
            allQuorate &= r.quorum();
            if (screening) {
                p.stage1Passed = r.passed();
            } else {
                p.result = r;
            }
            passed += r.passed() ? 1 : 0;
        }
        records.storeResults(result.proposals(), screening);
        String summary = result.proposals().stream().map(r -> "・" + round.proposal(r.proposalId()).title + "："
                + (r.quorum() ? String.format("%.2f点", r.normalised()) + (!rules.hasAdoptionLine() ? "" : r.passed() ? "（基準以上）" : "（基準未満）")
                : "定足数不足（採点委員 " + r.scorers() + "人／必要 " + rules.minScorers() + "人）"))
                .collect(Collectors.joining("\n"));
        events.publishEvent(new StageAggregated(roundId, stage.name(), passed, allQuorate, summary));
        return new StageOutcome(passed, allQuorate, summary);
    }

    /** RESCORE: the hearing is scored again (a new attempt); PROCEED: the result stands. Both need a reason. */
    public void resolveQuorum(long roundId, String decision, String reason, String actor) {
        ReviewRound round = rounds.load(roundId);
        if (!"RESCORE".equals(decision) && !"PROCEED".equals(decision)) {
            throw new BusinessRuleException("対応を選んでください");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("理由を入力してください");
        }
        if ("RESCORE".equals(decision)) {
            if (!round.rules.stages().contains(Stage.HEARING) || round.proposalsIn(Stage.HEARING).isEmpty()) {
                throw new BusinessRuleException("公開プレゼンテーションの対象となる提案がないため、採点のやり直しはできません");
            }
            round.hearingAttempt++;
        }
        events.publishEvent(new QuorumResolved(roundId, decision, reason, actor));
    }

    private Aggregation.Input input(ReviewRound round, Stage stage, List<ReviewProposal> proposals) {
        List<Aggregation.Proposal> ps = proposals.stream()
                .map(p -> new Aggregation.Proposal(p.id, p.title, p.requestedYen)).toList();
        return new Aggregation.Input(ps, round.members.stream().map(m -> m.userId).toList(),
                records.conflictedMembers(round.id), records.scores(round.id, stage.name(), round.attempt(stage)));
    }

    private static ReviewRules withThreshold(ReviewRules r, ReviewRules.Threshold t) {
        return new ReviewRules(r.stages(), r.criteria(), t, null, r.conflictPolicy(), r.minScorers(), r.tieBreak(),
                r.tieBreakCriterion(), null, r.anonymised());
    }
}

package jp.kyodoflow.committee.round;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRoundService.Decision;
import jp.kyodoflow.committee.events.ProposalDecided;
import jp.kyodoflow.committee.events.ReviewRoundDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's decision on each proposal (採否), which may depart from the committee's recommendation
 * only with a recorded reason; and the round's result made final (結果の確定) for the calling scheme.
 */
@Service
@Transactional
public class RoundDecisions {

    private final ReviewRoundRepository rounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundDecisions(ReviewRoundRepository rounds, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.clock = clock;
    }

    /** One row per proposal, in rank order, with the committee's recommendation as the proposed decision. */
    @Transactional(readOnly = true)
    public List<Sheets.DecisionRow> decisionSheet(long roundId) {
        ReviewRound round = rounds.load(roundId);
        boolean line = round.rules.hasAdoptionLine();
        // without an adoption line the committee ranks only: no recommendation, the approver chooses each decision
        return round.ranked().stream().map(p -> new Sheets.DecisionRow(p.id, p.title,
                (line ? (p.recommended() ? "採択を推薦" : "不採択を推薦") : "順位のみ") + "（" + p.resultLabel(line) + "）",
                line ? (p.recommended() ? ProposalDecision.ADOPT : ProposalDecision.REJECT).name() : null, null, null)).toList();
    }

    @Transactional(readOnly = true)
    public String recommendation(long roundId) {
        return rounds.load(roundId).recommendation;
    }

    /** 採否: the approver may depart from the committee's recommendation only with a recorded reason. */
    public void decide(long roundId, String approverId, List<Sheets.DecisionRow> rows) {
        ReviewRound round = rounds.load(roundId);
        round.requireStatus(RoundStatus.DECIDING);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> problems = new ArrayList<>();
        for (ReviewProposal p : round.proposals) {
            Sheets.DecisionRow row = rows.stream().filter(r -> p.id.equals(r.proposalId())).findFirst().orElse(null);
            ProposalDecision d = row == null ? null : ProposalDecision.parse(row.decision());
            if (d == null) {
                problems.add("「" + p.title + "」の決定を選んでください");
                continue;
            }
            boolean departs = round.rules.hasAdoptionLine() && d.adopts() != p.recommended();
            if (d == ProposalDecision.ADOPT_WITH_CONDITIONS && blank(row.conditions())) {
                problems.add("「" + p.title + "」は条件付き採択のため、条件を入力してください");
            }
            if (departs && blank(row.deviationReason())) {
                problems.add("「" + p.title + "」は審査会の推薦と異なる決定のため、理由を入力してください");
            }
            p.decision = d;
            p.conditions = d == ProposalDecision.ADOPT_WITH_CONDITIONS ? row.conditions() : null;
            p.deviationReason = departs ? row.deviationReason() : null;
            p.decidedBy = approverId;
            p.decidedAt = now;
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("採否の決定に不足があります", problems);
        }
        round.proposals.forEach(p -> events.publishEvent(new ProposalDecided(roundId, p.id, p.refType, p.refId,
                p.decision.name(), p.conditions, p.deviationReason, approverId)));
    }

    /** Task_PublishResult: the round is decided; the result goes back to the calling process. */
    public List<Decision> publish(long roundId) {
        ReviewRound round = rounds.load(roundId);
        round.requireStatus(RoundStatus.DECIDING);
        round.status = RoundStatus.DECIDED;
        round.decidedAt = OffsetDateTime.now(clock);
        List<Decision> decisions = round.proposals.stream().map(p -> new Decision(p.id, p.refType, p.refId,
                p.decision == null ? null : p.decision.name(), p.conditions)).toList();
        events.publishEvent(new ReviewRoundDecided(roundId, decisions.stream().map(d -> new ReviewRoundDecided.Outcome(
                d.proposalId(), d.refType(), d.refId(), d.decision(), d.conditions())).toList()));
        return decisions;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

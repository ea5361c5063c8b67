package jp.kyodoflow.committee.round;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.events.RecommendationWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chair's comments on each proposal and the committee's recommendation to the approver (講評・答申). */
@Service
@Transactional
public class RecommendationWriting {

    private final ReviewRoundRepository rounds;
    private final ApplicationEventPublisher events;

    RecommendationWriting(ReviewRoundRepository rounds, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.events = events;
    }

    /** One row per proposal, in rank order, with its result. */
    @Transactional(readOnly = true)
    public List<Sheets.CommentRow> commentSheet(long roundId) {
        return rounds.load(roundId).ranked().stream()
                .map(p -> new Sheets.CommentRow(p.id, p.title, p.resultLabel(line(roundId)), p.comment)).toList();
    }

    @Transactional(readOnly = true)
    public String resultSummary(long roundId) {
        return String.join("\n", rounds.load(roundId).ranked().stream().map(p -> "・" + p.title + "：" + p.resultLabel(line(roundId))).toList());
    }

    private boolean line(long roundId) {
        return rounds.load(roundId).rules.hasAdoptionLine();
    }

    public void writeComments(long roundId, String chairId, List<Sheets.CommentRow> rows, String recommendation) {
        ReviewRound round = rounds.load(roundId);
        round.requireStatus(RoundStatus.SCORING);
        if (!round.chairId().equals(chairId)) {
            throw new BusinessRuleException("講評・答申は委員長が作成します");
        }
        List<String> problems = new ArrayList<>();
        for (ReviewProposal p : round.proposals) {
            String comment = rows.stream().filter(r -> p.id.equals(r.proposalId())).map(Sheets.CommentRow::comment)
                    .filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
            if (comment == null) {
                problems.add("「" + p.title + "」の講評を入力してください");
            }
            p.comment = comment;
        }
        if (recommendation == null || recommendation.isBlank()) {
            problems.add("答申を入力してください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("講評・答申に不足があります", problems);
        }
        round.recommendation = recommendation;
        round.status = RoundStatus.DECIDING;
        events.publishEvent(new RecommendationWritten(roundId, chairId, recommendation));
    }
}

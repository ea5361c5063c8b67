package jp.kyodoflow.committee.round;

import java.util.List;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's exports as files ({@link RoundExports}): before the result is decided for the secretariat
 * only; names anonymised when the round publishes anonymously (except for the secretariat).
 */
@Service
@Transactional(readOnly = true)
public class RoundFiles {

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;

    RoundFiles(ReviewRoundRepository rounds, RoundRecords records) {
        this.rounds = rounds;
        this.records = records;
    }

    public byte[] csv(CurrentUser user, long roundId, RoundExports.Sheet sheet) {
        return RoundExports.csv(exportData(user, roundId), sheet);
    }

    public byte[] xlsx(CurrentUser user, long roundId) {
        return RoundExports.xlsx(exportData(user, roundId));
    }

    /** Everything an export needs: the final stage's scores, the ranked results and the recusals. */
    RoundExports.Data exportData(CurrentUser user, long id) {
        ReviewRound r = rounds.visibleTo(user, id);
        boolean secretariat = RoundAccess.secretariat(user);
        if (!secretariat && r.status != RoundStatus.DECIDED) {
            throw new ForbiddenException("結果の確定前は、事務局（コーディネーター・決裁者）だけが出力できます");
        }
        boolean anonymised = r.rules.anonymised() && !secretariat;
        List<RoundExports.Member> members = r.members.stream()
                .map(m -> new RoundExports.Member(m.userId, m.displayName)).toList();
        List<Aggregation.Proposal> proposals = r.proposals.stream()
                .map(p -> new Aggregation.Proposal(p.id, p.title, p.requestedYen)).toList();
        Stage finalStage = r.rules.stages().get(r.rules.stages().size() - 1);
        List<Aggregation.Score> scores = records.scores(r.id, finalStage.name(), r.attempt(finalStage));
        List<Aggregation.ProposalResult> results = r.ranked().stream()
                .filter(p -> p.result != null).map(p -> p.result).toList();
        List<RoundExports.Recusal> recusals = records.recusals(r.id).stream()
                .map(x -> new RoundExports.Recusal(x.proposalId(), x.userId(), x.source(), x.note())).toList();
        return new RoundExports.Data(r.title, anonymised, members, r.rules.criteria(), proposals, scores,
                new Aggregation.Result(results), recusals, r.rules.hasAdoptionLine());
    }
}

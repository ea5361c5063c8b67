package jp.kyodoflow.committee.round;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.events.PaperSheetEntered;
import jp.kyodoflow.committee.events.ScoresSubmitted;
import jp.kyodoflow.committee.events.ScoringAbstained;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring a stage (採点): the sheet a member fills in, its checks on the server, and the member's
 * submission or abstention, once per stage and attempt. A conflicted member gets no rows for that
 * proposal and scores for it are refused.
 */
@Service
@Transactional
public class ScoringService {

    private static final String ALREADY_SUBMITTED = "この段階の採点はすでに提出済みです（二重の提出はできません）";

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScoringService(ReviewRoundRepository rounds, RoundRecords records, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** When the first score sheet is handed out (every member has confirmed by then): scoring starts. */
    public void ensureScoring(long roundId) {
        ReviewRound round = rounds.load(roundId);
        if (round.status == RoundStatus.CONFIRMING) {
            round.status = RoundStatus.SCORING;
        }
        round.requireStatus(RoundStatus.SCORING);
    }

    /** The roster without the members recused from every proposal of the stage (they have nothing to score). */
    @Transactional(readOnly = true)
    public List<String> scorers(long roundId, Stage stage) {
        ReviewRound round = rounds.load(roundId);
        Set<Long> inStage = round.proposalsIn(stage).stream().map(p -> p.id).collect(Collectors.toSet());
        return round.members.stream().map(m -> m.userId)
                .filter(m -> inStage.isEmpty() || !records.conflictedProposals(roundId, m).containsAll(inStage)).toList();
    }

    @Transactional(readOnly = true)
    public List<Sheets.ScoreRow> sheet(long roundId, Stage stage, String memberId) {
        ReviewRound round = rounds.load(roundId);
        Set<Long> conflicted = records.conflictedProposals(roundId, memberId);
        List<Sheets.ScoreRow> rows = new ArrayList<>();
        for (ReviewProposal p : round.proposalsIn(stage)) {
            if (conflicted.contains(p.id)) {
                continue;
            }
            for (Criterion c : round.rules.criteria()) {
                rows.add(new Sheets.ScoreRow(p.id, p.title, c.code(), c.name(), range(c), null));
            }
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public String criteriaGuide(long roundId) {
        return rounds.load(roundId).rules.criteria().stream()
                .map(c -> "・" + c.name() + "：" + range(c))
                .collect(Collectors.joining("\n"));
    }

    /** Stores a member's whole sheet for a stage, or an abstention. Refuses anything out of place. */
    public int submit(long roundId, Stage stage, String memberId, List<Sheets.ScoreRow> rows, boolean abstain, String note) {
        return submit(roundId, stage, memberId, rows, abstain, note, null);
    }

    /** Whether the member's sheet for the stage's current attempt is already recorded (e.g. entered from paper). */
    @Transactional(readOnly = true)
    public boolean recorded(long roundId, Stage stage, String memberId) {
        return records.hasSheet(roundId, stage.name(), rounds.load(roundId).attempt(stage), memberId);
    }

    /**
     * As {@link #submit(long, Stage, String, List, boolean, String)}; {@code enteredBy} is the coordinator who
     * typed in the member's paper sheet (null: the member themself), kept on every score row and in the history.
     */
    public int submit(long roundId, Stage stage, String memberId, List<Sheets.ScoreRow> rows, boolean abstain, String note,
                      String enteredBy) {
        ReviewRound round = rounds.load(roundId);
        round.requireStatus(RoundStatus.SCORING);
        if (round.member(memberId).isEmpty()) {
            throw new BusinessRuleException("この審査会の委員ではありません");
        }
        int attempt = round.attempt(stage);
        if (abstain) {
            try {
                records.addAbstention(roundId, stage.name(), attempt, memberId, note);
            } catch (DuplicateKeyException e) {
                throw new BusinessRuleException(ALREADY_SUBMITTED);
            }
            events.publishEvent(new ScoringAbstained(roundId, stage.name(), attempt, memberId, note));
            return 0;
        }
        Map<String, Integer> scores = check(round, stage, memberId, rows);
        List<Object[]> batch = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        scores.forEach((key, score) -> {
            String[] k = key.split("\\|", 2);
            batch.add(new Object[] {roundId, stage.name(), attempt, Long.parseLong(k[0]), memberId, k[1], score, now, enteredBy});
        });
        try {
            records.addScores(batch);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(ALREADY_SUBMITTED);
        }
        events.publishEvent(new ScoresSubmitted(roundId, stage.name(), attempt, memberId, batch.size(), note));
        if (enteredBy != null) {
            events.publishEvent(new PaperSheetEntered(roundId, stage.name(), attempt, memberId, enteredBy, batch.size()));
        }
        return batch.size();
    }

    private Map<String, Integer> check(ReviewRound round, Stage stage, String memberId, List<Sheets.ScoreRow> rows) {
        Map<String, Criterion> criteria = round.rules.criteria().stream()
                .collect(Collectors.toMap(Criterion::code, c -> c));
        Set<Long> conflicted = records.conflictedProposals(round.id, memberId);
        Set<Long> inStage = round.proposalsIn(stage).stream().map(p -> p.id).collect(Collectors.toSet());
        Map<Long, String> titles = round.proposals.stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
        Map<String, Integer> scores = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Sheets.ScoreRow row : rows) {
            Criterion c = criteria.get(row.criterionCode());
            // the proposal by its title (ours, never the one a sheet sends); an id that is no proposal of the round as sent
            String title = titles.containsKey(row.proposalId()) ? titles.get(row.proposalId())
                    : row.proposalId() == null ? "提案の指定なし" : "提案番号 " + row.proposalId();
            String where = "「" + title + "／"
                    + (c == null ? row.criterionCode() : c.name()) + "」";
            if (row.proposalId() == null || !inStage.contains(row.proposalId()) || c == null) {
                problems.add(where + "はこの段階の採点対象ではありません");
            } else if (conflicted.contains(row.proposalId())) {
                problems.add(where + "：利害関係があるため、この提案は採点できません");
            } else if (row.score() == null) {
                problems.add(where + "の点数を入力してください");
            } else if (row.score() < c.minScore() || row.score() > c.maxScore()) {
                problems.add(where + "は" + c.minScore() + "〜" + c.maxScore() + "点で入力してください（入力：" + row.score() + "）");
            } else if (scores.put(row.proposalId() + "|" + c.code(), row.score()) != null) {
                problems.add(where + "が重複しています");
            }
        }
        for (long proposalId : inStage) {
            if (conflicted.contains(proposalId)) {
                continue;
            }
            for (Criterion c : round.rules.criteria()) {
                String where = "「" + titles.get(proposalId) + "／" + c.name() + "」";
                if (!scores.containsKey(proposalId + "|" + c.code()) && problems.stream().noneMatch(x -> x.startsWith(where))) {
                    problems.add(where + "の点数がありません");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("採点内容を確認してください", problems);
        }
        return scores;
    }

    /** The scale of a criterion as the sheet shows it, e.g. 1〜5点（重み×2）. */
    private static String range(Criterion c) {
        return c.minScore() + "〜" + c.maxScore() + "点" + (c.weight() > 1 ? "（重み×" + c.weight() + "）" : "");
    }
}

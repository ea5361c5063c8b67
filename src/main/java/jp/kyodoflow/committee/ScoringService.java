package jp.kyodoflow.committee;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores of a round: the sheet a member fills in, its checks on the server, and aggregation.
 * A conflicted member gets no rows for that proposal and scores for it are refused.
 */
@Service
@Transactional
public class ScoringService {

    public record StageOutcome(int passedCount, boolean allQuorate, String summary) {
    }

    private final ReviewRoundRepository rounds;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ScoringService(ReviewRoundRepository rounds, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Sheets.ScoreRow> sheet(long roundId, Stage stage, String memberId) {
        ReviewRound round = load(roundId);
        Set<Long> conflicted = conflictedProposals(roundId, memberId);
        List<Sheets.ScoreRow> rows = new ArrayList<>();
        for (ReviewProposal p : round.proposalsIn(stage)) {
            if (conflicted.contains(p.id)) {
                continue;
            }
            for (Criterion c : round.rules.criteria()) {
                rows.add(new Sheets.ScoreRow(p.id, p.title, c.code(), c.name(),
                        c.minScore() + "〜" + c.maxScore() + "点" + (c.weight() > 1 ? "（重み×" + c.weight() + "）" : ""), null));
            }
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public String criteriaGuide(long roundId) {
        return load(roundId).rules.criteria().stream()
                .map(c -> "・" + c.name() + "：" + c.minScore() + "〜" + c.maxScore() + "点" + (c.weight() > 1 ? "（重み×" + c.weight() + "）" : ""))
                .collect(Collectors.joining("\n"));
    }

    /** Stores a member's whole sheet for a stage, or an abstention. Refuses anything out of place. */
    public int submit(long roundId, Stage stage, String memberId, List<Sheets.ScoreRow> rows, boolean abstain, String note) {
        ReviewRound round = load(roundId);
        round.requireStatus(RoundStatus.SCORING);
        if (round.member(memberId).isEmpty()) {
            throw new BusinessRuleException("この審査会の委員ではありません");
        }
        int attempt = round.attempt(stage);
        if (abstain) {
            insertOnce("insert into review_abstention (round_id, stage, attempt, user_id, note) values (?, ?, ?, ?, ?)",
                    roundId, stage.name(), attempt, memberId, note);
            audit.record("REVIEW_ROUND", roundId, "採点（" + stage + "）", "ABSTAINED", note, memberId);
            return 0;
        }
        Map<String, Integer> scores = check(round, stage, memberId, rows);
        List<Object[]> batch = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        scores.forEach((key, score) -> {
            String[] k = key.split("\\|", 2);
            batch.add(new Object[] {roundId, stage.name(), attempt, Long.parseLong(k[0]), memberId, k[1], score, now});
        });
        try {
            jdbc.batchUpdate("insert into review_score (round_id, stage, attempt, proposal_id, user_id, criterion_code, score,"
                    + " submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)", batch);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("この段階の採点はすでに提出済みです（二重の提出はできません）");
        }
        audit.record("REVIEW_ROUND", roundId, "採点（" + stage + "）", "SUBMITTED", batch.size() + "件", memberId);
        return batch.size();
    }

    private Map<String, Integer> check(ReviewRound round, Stage stage, String memberId, List<Sheets.ScoreRow> rows) {
        Map<String, Criterion> criteria = round.rules.criteria().stream()
                .collect(Collectors.toMap(Criterion::code, c -> c));
        Set<Long> conflicted = conflictedProposals(round.id, memberId);
        Set<Long> inStage = round.proposalsIn(stage).stream().map(p -> p.id).collect(Collectors.toSet());
        Map<String, Integer> scores = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Sheets.ScoreRow row : rows) {
            Criterion c = criteria.get(row.criterionCode());
            String where = "「" + (row.proposalTitle() == null ? row.proposalId() : row.proposalTitle()) + "／"
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
                if (!scores.containsKey(proposalId + "|" + c.code()) && problems.stream().noneMatch(x -> x.contains(c.name()))) {
                    problems.add("「" + round.proposal(proposalId).title + "／" + c.name() + "」の点数がありません");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("採点内容を確認してください", problems);
        }
        return scores;
    }

    /** Aggregates a stage with the round's rules and stores each proposal's result. */
    public StageOutcome aggregate(long roundId, Stage stage) {
        ReviewRound round = load(roundId);
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
        String summary = result.proposals().stream().map(r -> "・" + round.proposal(r.proposalId()).title + "："
                + (r.quorum() ? String.format("%.2f点", r.normalised()) + (r.passed() ? "（基準以上）" : "（基準未満）")
                : "定足数不足（採点委員 " + r.scorers() + "人／必要 " + rules.minScorers() + "人）"))
                .collect(Collectors.joining("\n"));
        audit.record("REVIEW_ROUND", roundId, "集計（" + stage + "）", passed + "件が基準以上", summary, "system");
        return new StageOutcome(passed, allQuorate, summary);
    }

    Aggregation.Input input(ReviewRound round, Stage stage, List<ReviewProposal> proposals) {
        List<Aggregation.Proposal> ps = proposals.stream()
                .map(p -> new Aggregation.Proposal(p.id, p.title, p.requestedYen)).toList();
        Map<Long, Set<String>> conflicted = new HashMap<>();
        jdbc.query("select proposal_id, user_id from review_conflict where round_id = ?",
                rs -> { conflicted.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)); }, round.id);
        List<Aggregation.Score> scores = jdbc.query("select proposal_id, user_id, criterion_code, score from review_score"
                        + " where round_id = ? and stage = ? and attempt = ?",
                (rs, i) -> new Aggregation.Score(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                round.id, stage.name(), round.attempt(stage));
        return new Aggregation.Input(ps, round.members.stream().map(m -> m.userId).toList(), conflicted, scores);
    }

    Set<Long> conflictedProposals(long roundId, String memberId) {
        return new HashSet<>(jdbc.queryForList("select proposal_id from review_conflict where round_id = ? and user_id = ?",
                Long.class, roundId, memberId));
    }

    private static ReviewRules withThreshold(ReviewRules r, ReviewRules.Threshold t) {
        return new ReviewRules(r.stages(), r.criteria(), t, null, r.conflictPolicy(), r.minScorers(), r.tieBreak(),
                r.tieBreakCriterion(), null, r.anonymised());
    }

    private void insertOnce(String sql, Object... args) {
        try {
            jdbc.update(sql, args);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("この段階の採点はすでに提出済みです（二重の提出はできません）");
        }
    }

    private ReviewRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
    }
}

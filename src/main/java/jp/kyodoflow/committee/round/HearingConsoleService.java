package jp.kyodoflow.committee.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.HearingConsole;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hearing console (see {@link HearingConsole}). A member's per-proposal scores are checked as the
 * sheet's submission checks them and kept on the member's own open task; the whole sheet then goes through
 * {@link ScoreSubmission} (the task's form door, as Tasklist). Paper entry: only a coordinator, only for a
 * member of the round, only while that member's task is open; the scores go through {@link ScoringService}
 * with the coordinator as {@code enteredBy}, and the member's task is then completed by the system, whose
 * listener finds the sheet recorded and adds nothing (a member's own completion is always checked in full).
 */
@Service
@Transactional
class HearingConsoleService implements HearingConsole {

    static final String NO_TASK = "いま採点できる作業がありません（採点票は提出済みか、この段階の採点期間ではありません）";
    private static final int MAX_COMMENT = 2000;

    private final ReviewRoundRepository rounds;
    private final ConsoleSheets sheets;
    private final RoundRecords records;
    private final ScoreSubmission submission;
    private final ScoringService scoring;
    private final TaskService tasks;

    HearingConsoleService(ReviewRoundRepository rounds, ConsoleSheets sheets, RoundRecords records,
                          ScoreSubmission submission, ScoringService scoring, TaskService tasks) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.records = records;
        this.submission = submission;
        this.scoring = scoring;
        this.tasks = tasks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenRound> openRounds(CurrentUser member) {
        List<OpenRound> open = new ArrayList<>();
        for (ReviewRound round : rounds.findAllByOrderByIdDesc()) {
            if (round.member(member.userId()).isEmpty() || sheets.openTask(round, member.userId()).isEmpty()) {
                continue;
            }
            Sheet s = sheets.sheet(round, member.userId());
            int scorable = (int) s.entries().stream().filter(e -> e.state() != EntryState.RECUSED).count();
            int scored = (int) s.entries().stream().filter(e -> e.state() == EntryState.SCORED).count();
            open.add(new OpenRound(round.id, round.title, s.stage(), s.heldOn(), s.startTime(), s.place(), scored, scorable));
        }
        return open;
    }

    @Override
    @Transactional(readOnly = true)
    public Sheet sheet(CurrentUser member, long roundId) {
        return sheets.sheet(sheets.memberRound(member.userId(), roundId), member.userId());
    }

    @Override
    public void saveProposal(CurrentUser member, long roundId, long proposalId, Map<String, String> typed, String comment) {
        ReviewRound round = sheets.memberRound(member.userId(), roundId);
        ConsoleSheets.OpenTask open = sheets.openTask(round, member.userId()).orElseThrow(() -> new BusinessRuleException(NO_TASK));
        ReviewProposal p = round.proposalsIn(open.stage()).stream().filter(x -> x.id == proposalId).findFirst()
                .orElseThrow(() -> new NotFoundException("提案が見つかりません"));
        if (records.conflictedProposals(roundId, member.userId()).contains(proposalId)) {
            throw new BusinessRuleException("「" + p.title + "」は除斥（利害関係あり）のため採点できません");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> scores = parse(round, p, typed, problems);
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add("「" + p.title + "」のコメントは" + MAX_COMMENT + "文字以内で入力してください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("採点内容を確認してください", problems);
        }
        String taskId = open.task().getId();
        // the rows as Tasklist's form shows them (range included), in the sheet's order, with this proposal's scores
        List<Sheets.ScoreRow> rows = new ArrayList<>();
        for (Sheets.ScoreRow r : sheets.draft(taskId)) {
            rows.add(p.id.equals(r.proposalId()) && scores.containsKey(r.criterionCode())
                    ? new Sheets.ScoreRow(r.proposalId(), r.proposalTitle(), r.criterionCode(), r.criterionName(), r.range(),
                    scores.remove(r.criterionCode())) : r);
        }
        for (Criterion c : round.rules.criteria()) {
            if (scores.containsKey(c.code())) {
                rows.add(new Sheets.ScoreRow(p.id, p.title, c.code(), c.name(), null, scores.get(c.code())));
            }
        }
        Map<String, String> comments = sheets.comments(taskId);
        comments.put(String.valueOf(p.id), comment == null ? "" : comment.strip());
        sheets.keep(taskId, rows, comments);
    }

    @Override
    public void submitSheet(CurrentUser member, long roundId) {
        ReviewRound round = sheets.memberRound(member.userId(), roundId);
        ConsoleSheets.OpenTask open = sheets.openTask(round, member.userId()).orElseThrow(() -> new BusinessRuleException(NO_TASK));
        String taskId = open.task().getId();
        Set<Long> recused = records.conflictedProposals(roundId, member.userId());
        List<ScoreSubmission.ScoreInput> rows = new ArrayList<>();
        for (ReviewProposal p : round.proposalsIn(open.stage())) {
            if (recused.contains(p.id)) {
                continue;
            }
            Map<String, Integer> kept = new LinkedHashMap<>();
            sheets.draft(taskId).stream().filter(r -> p.id.equals(r.proposalId()) && r.score() != null)
                    .forEach(r -> kept.put(r.criterionCode(), r.score()));
            for (Criterion c : round.rules.criteria()) {
                rows.add(new ScoreSubmission.ScoreInput(p.id, c.code(), kept.get(c.code())));
            }
        }
        submission.submit(member, roundId, new ScoreSubmission.SheetInput(open.stage(), rows, false,
                note(round, sheets.comments(taskId))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutstandingSheet> outstandingSheets(CurrentUser coordinator) {
        if (!coordinator.has(Roles.COORDINATOR)) {
            return List.of();
        }
        List<OutstandingSheet> out = new ArrayList<>();
        for (ReviewRound round : rounds.findAllByOrderByIdDesc()) {
            if (round.status != RoundStatus.SCORING) {
                continue;
            }
            for (ReviewRound.Member m : round.members) {
                sheets.openTask(round, m.userId).ifPresent(open ->
                        out.add(new OutstandingSheet(round.id, round.title, open.stage(), m.userId, m.displayName)));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Sheet paperSheet(CurrentUser coordinator, long roundId, String memberId) {
        return sheets.sheet(paperRound(coordinator, roundId, memberId), memberId);
    }

    @Override
    public void enterPaperSheet(CurrentUser coordinator, long roundId, String memberId, Map<Long, Map<String, String>> typed,
                                String note) {
        ReviewRound round = paperRound(coordinator, roundId, memberId);
        ConsoleSheets.OpenTask open = sheets.openTask(round, memberId).orElseThrow(() -> new BusinessRuleException(
                "この委員の採点票は提出済みか、いまは採点期間ではありません（代理入力できるのは採点中の委員だけです）"));
        Set<Long> recused = records.conflictedProposals(roundId, memberId);
        List<String> problems = new ArrayList<>();
        List<Sheets.ScoreRow> rows = new ArrayList<>();
        for (ReviewProposal p : round.proposalsIn(open.stage())) {
            if (recused.contains(p.id)) {
                continue;
            }
            parse(round, p, typed.getOrDefault(p.id, Map.of()), problems)
                    .forEach((code, score) -> rows.add(new Sheets.ScoreRow(p.id, p.title, code, null, null, score)));
        }
        typed.keySet().stream().filter(id -> round.proposalsIn(open.stage()).stream().noneMatch(p -> p.id.equals(id)) || recused.contains(id))
                .forEach(id -> problems.add("提案番号 " + id + " はこの委員が採点する提案ではありません"));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("採点票の内容を確認してください", problems);
        }
        scoring.submit(roundId, open.stage(), memberId, rows, false, note, coordinator.userId());
        tasks.complete(open.task().getId());
    }

    private ReviewRound paperRound(CurrentUser coordinator, long roundId, String memberId) {
        if (!coordinator.has(Roles.COORDINATOR)) {
            throw new NotFoundException("審査会が見つかりません");
        }
        ReviewRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
        if (round.member(memberId).isEmpty()) {
            throw new NotFoundException("この審査会の委員ではありません");
        }
        return round;
    }

    /** The typed scores of one proposal, every criterion in its range; problems name the proposal's title and criterion. */
    private static Map<String, Integer> parse(ReviewRound round, ReviewProposal p, Map<String, String> typed, List<String> problems) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        typed.keySet().stream().filter(code -> round.rules.criteria().stream().noneMatch(c -> c.code().equals(code)))
                .forEach(code -> problems.add("「" + p.title + "／" + code + "」はこの審査会の採点項目ではありません"));
        for (Criterion c : round.rules.criteria()) {
            String where = "「" + p.title + "／" + c.name() + "」";
            String value = typed.get(c.code());
            if (value == null || value.isBlank()) {
                problems.add(where + "の点数を選んでください");
                continue;
            }
            try {
                int score = Integer.parseInt(value.strip());
                if (score < c.minScore() || score > c.maxScore()) {
                    problems.add(where + "は" + c.minScore() + "〜" + c.maxScore() + "点で入力してください（入力：" + score + "）");
                } else {
                    scores.put(c.code(), score);
                }
            } catch (NumberFormatException e) {
                problems.add(where + "は" + c.minScore() + "〜" + c.maxScore() + "点の整数で入力してください");
            }
        }
        return scores;
    }

    /** The member's comments, one line per proposal by title, as the sheet's note. */
    private static String note(ReviewRound round, Map<String, String> comments) {
        StringBuilder note = new StringBuilder();
        for (ReviewProposal p : round.proposals) {
            String c = comments.get(String.valueOf(p.id));
            if (c != null && !c.isBlank()) {
                note.append("【").append(p.title).append("】").append(c).append('\n');
            }
        }
        return note.length() > 4000 ? note.substring(0, 4000) : note.toString().strip();
    }
}

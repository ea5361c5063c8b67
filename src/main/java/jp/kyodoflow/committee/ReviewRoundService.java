package jp.kyodoflow.committee;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.RoundInputs.CreateRound;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee module's door: set up a round, open it (conflicts derived from the register),
 * hearings, quorum, the chair's comments and 答申, the approver's decisions, publication.
 */
@Service
@Transactional
public class ReviewRoundService {

    static final String CASE = "REVIEW_ROUND";

    public record Opened(String title, List<String> memberIds, String chairId, boolean hasDocumentStage,
                         boolean hasHearingStage, boolean approverDecides) {
    }

    public record Decision(long proposalId, String refType, Long refId, String decision, String conditions) {
    }

    private final ReviewRoundRepository rounds;
    private final ReviewConfigService configs;
    private final GroupRegister register;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewRoundService(ReviewRoundRepository rounds, ReviewConfigService configs, GroupRegister register,
                       IdentityService identity, RuntimeService runtime, EngineAccess engine, JdbcTemplate jdbc,
                       AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.configs = configs;
        this.register = register;
        this.identity = identity;
        this.runtime = runtime;
        this.engine = engine;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public long create(CreateRound in, String actor) {
        ReviewConfigService.ConfigView config = configs.get(in.configId());
        List<String> problems = new ArrayList<>();
        ReviewRound round = new ReviewRound(OffsetDateTime.now(clock));
        round.title = in.title();
        round.configId = config.id();
        ReviewRules r = config.rules();
        round.rules = in.budgetYen() == null ? r : new ReviewRules(r.stages(), r.criteria(), r.threshold(),
                r.stage1Threshold(), r.conflictPolicy(), r.minScorers(), r.tieBreak(), r.tieBreakCriterion(),
                in.budgetYen(), r.anonymised());
        round.createdBy = actor;
        Set<String> seen = new HashSet<>();
        for (RoundInputs.MemberInput m : in.members()) {
            User user = engine.asSystem(() -> identity.createUserQuery().userId(m.userId()).memberOfGroup(Roles.COMMITTEE).singleResult());
            if (user == null) {
                problems.add("委員「" + m.userId() + "」は審査委員として登録されていません");
                continue;
            }
            if (!seen.add(m.userId())) {
                problems.add("委員「" + m.userId() + "」が重複しています");
            }
            ReviewRound.Member member = new ReviewRound.Member();
            member.userId = m.userId();
            member.displayName = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
            member.affiliation = m.affiliation();
            member.chair = m.chair();
            round.members.add(member);
        }
        if (in.members().stream().filter(RoundInputs.MemberInput::chair).count() != 1) {
            problems.add("委員長を1人選んでください");
        }
        if (in.members().size() < r.minScorers()) {
            problems.add("委員の人数が定足数（" + r.minScorers() + "人）に足りません");
        }
        for (RoundInputs.ProposalInput p : in.proposals()) {
            if (p.applicantGroupId() != null && register.find(p.applicantGroupId()).isEmpty()) {
                problems.add("提案「" + p.title() + "」の団体（" + p.applicantGroupId() + "）が名簿にありません");
            }
            ReviewProposal proposal = new ReviewProposal();
            proposal.refType = p.refType();
            proposal.refId = p.refId();
            proposal.title = p.title();
            proposal.applicantGroupId = p.applicantGroupId();
            proposal.requestedYen = p.requestedYen();
            round.proposals.add(proposal);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("審査会の設定に誤りがあります", problems);
        }
        round = rounds.save(round);
        audit.record(CASE, round.id, "審査会の設定", "CREATED", config.name() + " 第" + config.versionNo() + "版", actor);
        return round.id;
    }

    /**
     * A project's third-party evaluation (評価) as a round: the project is the one "proposal" (its
     * partner group as applicant, so conflicts come from the register), the configured evaluation
     * rules, and the configured roster (first member chairs) or else every committee member.
     */
    public long createEvaluationRound(String title, long projectId, Long partnerGroupId, String configName,
                                      List<String> configuredMembers, String actor) {
        ReviewConfigService.ConfigView config = configs.list().stream().filter(c -> c.name().equals(configName))
                .findFirst().orElseThrow(() -> new BusinessRuleException("評価の審査設定「" + configName + "」がありません"));
        List<String> members = configuredMembers.isEmpty()
                ? engine.asSystem(() -> identity.createUserQuery().memberOfGroup(Roles.COMMITTEE).orderByUserId().asc().list())
                .stream().map(User::getId).toList() : configuredMembers;
        if (members.isEmpty()) {
            throw new BusinessRuleException("審査委員が登録されていないため、第三者評価を始められません");
        }
        List<RoundInputs.MemberInput> roster = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            roster.add(new RoundInputs.MemberInput(members.get(i), null, i == 0));
        }
        long id = create(new CreateRound(title, config.id(), null, roster, List.of(new RoundInputs.ProposalInput("PROJECT",
                projectId, title, partnerGroupId, 0))), actor);
        load(id).purpose = "EVALUATION";
        return id;
    }

    /** The committee's averages per criterion for the (single) project of an evaluation round. */
    @Transactional(readOnly = true)
    public Map<String, Double> evaluationAverages(long roundId) {
        ReviewRound round = load(roundId);
        return round.proposals.stream().filter(p -> p.result != null).findFirst()
                .map(p -> p.result.criterionAverages()).orElse(Map.of());
    }

    /** Starts CommitteeReviewProcess for a round on its own (schemes call it as a call activity instead). */
    public String start(long roundId) {
        load(roundId).requireStatus(RoundStatus.PREPARED);
        return engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.COMMITTEE_REVIEW, "RR-" + roundId,
                Map.of("roundId", roundId)).getId());
    }

    /** Task_OpenRound: derives conflicts from the register and hands the roster to the process. */
    /** The round a running CommitteeReviewProcess works on, from our own table (not a variable). */
    @Transactional(readOnly = true)
    public long roundOf(String processInstanceId) {
        return rounds.findByProcessInstanceId(processInstanceId).map(r -> r.id)
                .orElseThrow(() -> new IllegalStateException("no review round for process " + processInstanceId));
    }

    public Opened open(long roundId, String processInstanceId) {
        ReviewRound round = load(roundId);
        round.requireStatus(RoundStatus.PREPARED);
        round.processInstanceId = processInstanceId;
        round.status = RoundStatus.CONFIRMING;
        for (ReviewProposal p : round.proposals) {
            if (p.applicantGroupId == null) {
                continue;
            }
            List<GroupRegister.PersonView> people = register.find(p.applicantGroupId)
                    .map(GroupRegister.GroupDetail::people).orElse(List.of());
            for (ReviewRound.Member m : round.members) {
                people.stream().filter(person -> samePerson(person, m)).findFirst().ifPresent(person ->
                        conflict(round, p, m.userId, "REGISTER", (person.officer() ? "役員" : "会員")
                                + "として名簿に記載（" + person.name() + "）"));
            }
        }
        return new Opened(round.title, round.members.stream().map(m -> m.userId).toList(), round.chairId(),
                round.rules.stages().contains(Stage.DOCUMENT), round.rules.stages().contains(Stage.HEARING),
                !"EVALUATION".equals(round.purpose));
    }

    @Transactional(readOnly = true)
    public List<Sheets.InterestRow> interestSheet(long roundId, String memberId) {
        ReviewRound round = load(roundId);
        Map<Long, String> fromRegister = new java.util.HashMap<>();
        jdbc.query("select proposal_id, note from review_conflict where round_id = ? and user_id = ? and source = 'REGISTER'",
                rs -> { fromRegister.put(rs.getLong(1), rs.getString(2)); }, roundId, memberId);
        return round.proposals.stream().map(p -> new Sheets.InterestRow(p.id, p.title, groupName(p),
                fromRegister.getOrDefault(p.id, "該当なし"), fromRegister.containsKey(p.id), null)).toList();
    }

    public void confirmInterests(long roundId, String memberId, List<Sheets.InterestRow> rows, boolean confirmed) {
        ReviewRound round = load(roundId);
        round.requireStatus(RoundStatus.CONFIRMING);
        if (!confirmed) {
            throw new BusinessRuleException("「上記以外に利害関係がないことを確認しました」にチェックしてください"
                    + "（利害関係がある提案は、その行の「利害関係がある」にチェックしてください）");
        }
        for (Sheets.InterestRow row : rows) {
            if (Boolean.TRUE.equals(row.hasInterest()) && row.proposalId() != null) {
                conflict(round, round.proposal(row.proposalId()), memberId, "DECLARED",
                        row.note() == null || row.note().isBlank() ? "委員の申告" : row.note());
            }
        }
        jdbc.update("insert into review_confirmation (round_id, user_id, confirmed_at) values (?, ?, ?) on conflict do nothing",
                roundId, memberId, OffsetDateTime.now(clock));
        audit.record(CASE, roundId, "利害関係の確認", "CONFIRMED", null, memberId);
    }

    /** When the first score sheet is handed out (every member has confirmed by then): scoring starts. */
    public void ensureScoring(long roundId) {
        ReviewRound round = load(roundId);
        if (round.status == RoundStatus.CONFIRMING) {
            round.status = RoundStatus.SCORING;
        }
        round.requireStatus(RoundStatus.SCORING);
    }

    @Transactional(readOnly = true)
    public List<Sheets.HearingRow> hearingOrder(long roundId) {
        List<ReviewProposal> in = load(roundId).proposalsIn(Stage.HEARING);
        List<Sheets.HearingRow> rows = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            rows.add(new Sheets.HearingRow(in.get(i).id, in.get(i).title, i + 1));
        }
        return rows;
    }

    public void scheduleHearing(long roundId, RoundInputs.HearingInput in, String actor) {
        ReviewRound round = load(roundId);
        List<String> problems = new ArrayList<>();
        LocalTime start = null;
        try {
            start = in.startTime() == null ? null : LocalTime.parse(in.startTime().length() == 4 ? "0" + in.startTime() : in.startTime());
        } catch (DateTimeParseException e) {
            problems.add("開始時刻は 13:30 のように入力してください");
        }
        if (in.heldOn() == null || start == null && problems.isEmpty()) {
            problems.add("開催日と開始時刻を入力してください");
        }
        if (in.place() == null || in.place().isBlank()) {
            problems.add("会場を入力してください");
        }
        if (in.presentationMinutes() == null || in.presentationMinutes() < 1 || in.questionMinutes() == null || in.questionMinutes() < 0) {
            problems.add("発表時間（1分以上）と質疑時間（0分以上）を入力してください");
        }
        Set<Long> expected = new HashSet<>(round.proposalsIn(Stage.HEARING).stream().map(p -> p.id).toList());
        List<Sheets.HearingRow> order = new ArrayList<>(in.order());
        Set<Integer> positions = new HashSet<>();
        if (order.size() != expected.size() || !order.stream().allMatch(r -> r.proposalId() != null && expected.contains(r.proposalId())
                && r.position() != null && positions.add(r.position()))) {
            problems.add("発表順は、対象のすべての提案に重ならない番号を付けてください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("公開プレゼンテーションの設定を確認してください", problems);
        }
        order.sort(java.util.Comparator.comparing(Sheets.HearingRow::position));
        Long sessionId = jdbc.queryForObject("insert into hearing_session (round_id, held_on, start_time, place,"
                        + " presentation_minutes, question_minutes, scheduled_by, scheduled_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id", Long.class, roundId, in.heldOn(), start, in.place(), in.presentationMinutes(),
                in.questionMinutes(), actor, OffsetDateTime.now(clock));
        long slot = in.presentationMinutes() + in.questionMinutes();
        for (int i = 0; i < order.size(); i++) {
            jdbc.update("insert into hearing_slot (session_id, proposal_id, position, starts_at) values (?, ?, ?, ?)",
                    sessionId, order.get(i).proposalId(), i + 1, start.plusMinutes(slot * i));
        }
        audit.record(CASE, roundId, "公開プレゼンテーションの設定", "SCHEDULED", in.heldOn() + " " + in.place(), actor);
    }

    /** Attendance at the hearing (出欠), recorded by the secretariat during the session. */
    public void recordAttendance(long roundId, long proposalId, boolean attended, String actor) {
        load(roundId).proposal(proposalId);
        int updated = jdbc.update("update hearing_slot set attended = ? where proposal_id = ? and session_id ="
                + " (select max(id) from hearing_session where round_id = ?)", attended, proposalId, roundId);
        if (updated == 0) {
            throw new BusinessRuleException("公開プレゼンテーションの発表順が設定されていません");
        }
        audit.record(CASE, roundId, "公開プレゼンテーション", attended ? "ATTENDED:" + proposalId : "ABSENT:" + proposalId,
                null, actor);
    }

    public void resolveQuorum(long roundId, String decision, String reason, String actor) {
        ReviewRound round = load(roundId);
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
        audit.record(CASE, roundId, "定足数不足への対応", decision, reason, actor);
    }

    @Transactional(readOnly = true)
    public List<Sheets.CommentRow> commentSheet(long roundId) {
        return ranked(load(roundId)).stream().map(p -> new Sheets.CommentRow(p.id, p.title, p.resultLabel(), p.comment)).toList();
    }

    @Transactional(readOnly = true)
    public String resultSummary(long roundId) {
        return String.join("\n", ranked(load(roundId)).stream().map(p -> "・" + p.title + "：" + p.resultLabel()).toList());
    }

    public void writeComments(long roundId, String chairId, List<Sheets.CommentRow> rows, String recommendation) {
        ReviewRound round = load(roundId);
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
        audit.record(CASE, roundId, "講評・答申", "WRITTEN", recommendation, chairId);
    }

    @Transactional(readOnly = true)
    public List<Sheets.DecisionRow> decisionSheet(long roundId) {
        return ranked(load(roundId)).stream().map(p -> new Sheets.DecisionRow(p.id, p.title,
                (p.recommended() ? "採択を推薦" : "不採択を推薦") + "（" + p.resultLabel() + "）",
                p.recommended() ? "ADOPT" : "REJECT", null, null)).toList();
    }

    @Transactional(readOnly = true)
    public String recommendation(long roundId) {
        return load(roundId).recommendation;
    }

    /** 採否: the approver may depart from the committee's recommendation only with a recorded reason. */
    public void decide(long roundId, String approverId, List<Sheets.DecisionRow> rows) {
        ReviewRound round = load(roundId);
        round.requireStatus(RoundStatus.DECIDING);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> problems = new ArrayList<>();
        for (ReviewProposal p : round.proposals) {
            Sheets.DecisionRow row = rows.stream().filter(r -> p.id.equals(r.proposalId())).findFirst().orElse(null);
            String d = row == null ? null : row.decision();
            if (d == null || !List.of("ADOPT", "ADOPT_WITH_CONDITIONS", "REJECT").contains(d)) {
                problems.add("「" + p.title + "」の決定を選んでください");
                continue;
            }
            boolean adopt = !"REJECT".equals(d);
            if ("ADOPT_WITH_CONDITIONS".equals(d) && blank(row.conditions())) {
                problems.add("「" + p.title + "」は条件付き採択のため、条件を入力してください");
            }
            if (adopt != p.recommended() && blank(row.deviationReason())) {
                problems.add("「" + p.title + "」は審査会の推薦と異なる決定のため、理由を入力してください");
            }
            p.decision = d;
            p.conditions = "ADOPT_WITH_CONDITIONS".equals(d) ? row.conditions() : null;
            p.deviationReason = adopt != p.recommended() ? row.deviationReason() : null;
            p.decidedBy = approverId;
            p.decidedAt = now;
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("採否の決定に不足があります", problems);
        }
        round.proposals.forEach(p -> audit.record(CASE, roundId, "採否の決定", p.decision + ":" + p.id,
                p.deviationReason != null ? "推薦と異なる：" + p.deviationReason : p.conditions, approverId));
    }

    /** Task_PublishResult: the round is decided; the result goes back to the calling process. */
    public List<Decision> publish(long roundId) {
        ReviewRound round = load(roundId);
        round.requireStatus(RoundStatus.DECIDING);
        round.status = RoundStatus.DECIDED;
        round.decidedAt = OffsetDateTime.now(clock);
        audit.record(CASE, roundId, "結果の確定", "DECIDED", null, "system");
        return round.proposals.stream().map(p -> new Decision(p.id, p.refType, p.refId, p.decision, p.conditions)).toList();
    }

    private void conflict(ReviewRound round, ReviewProposal p, String userId, String source, String note) {
        jdbc.update("insert into review_conflict (round_id, proposal_id, user_id, source, note, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (proposal_id, user_id) do nothing", round.id, p.id, userId, source,
                note, OffsetDateTime.now(clock));
        audit.record(CASE, round.id, "除斥", source + ":" + p.id, userId + "：" + note, "system");
    }

    private static boolean samePerson(GroupRegister.PersonView person, ReviewRound.Member m) {
        if (person.userId() != null && person.userId().equals(m.userId)) {
            return true;
        }
        return normalise(person.name()).equals(normalise(m.displayName));
    }

    private static String normalise(String name) {
        return name == null ? "" : name.replaceAll("[\\s　]", "");
    }

    private String groupName(ReviewProposal p) {
        return p.applicantGroupId == null ? "－"
                : register.find(p.applicantGroupId).map(d -> d.group().name()).orElse("－");
    }

    static List<ReviewProposal> ranked(ReviewRound round) {
        return round.proposals.stream().sorted(java.util.Comparator
                .comparing((ReviewProposal p) -> p.result == null || p.result.rank() == null ? Integer.MAX_VALUE : p.result.rank())
                .thenComparing(p -> p.id)).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    ReviewRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
    }
}

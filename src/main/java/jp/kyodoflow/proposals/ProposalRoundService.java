package jp.kyodoflow.proposals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly call: its rules, pre-consultations, the committee round for the proposals that are
 * ready, handing each decision to its proposal, and the council's budget vote (once per round).
 */
@Service
@Transactional
public class ProposalRoundService {

    @Schema(name = "ProposalRoundView")
    public record RoundView(Long id, String title, RoundRules rules, Long reviewConfigId,
                            List<RoundInputs.MemberInput> committee, String status, Long committeeRoundId,
                            String budgetVote, String processInstanceId) {
    }

    public record PreConsultationView(Long id, Long groupId, java.time.LocalDate heldOn, String people,
                                      String departmentGroup, String notes, String recordedBy) {
    }

    /** A committee decision for one proposal (from CommitteeReviewProcess's reviewDecisions). */
    public record Decision(String refType, Long refId, String decision, String conditions) {
    }

    private final ProposalRoundRepository rounds;
    private final ProposalRepository proposals;
    private final ProposalService proposalService;
    private final ReviewConfigService reviewConfigs;
    private final ReviewRoundService reviewRounds;
    private final GroupRegister register;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final org.camunda.bpm.engine.ManagementService management;
    private final Clock clock;

    ProposalRoundService(org.camunda.bpm.engine.ManagementService management, ProposalRoundRepository rounds, ProposalRepository proposals, ProposalService proposalService,
                         ReviewConfigService reviewConfigs, ReviewRoundService reviewRounds, GroupRegister register,
                         JdbcTemplate jdbc, AuditTrail audit, RuntimeService runtime, EngineAccess engine, Clock clock) {
        this.clock = clock;
        this.management = management;
        this.rounds = rounds;
        this.proposals = proposals;
        this.proposalService = proposalService;
        this.reviewConfigs = reviewConfigs;
        this.reviewRounds = reviewRounds;
        this.register = register;
        this.jdbc = jdbc;
        this.audit = audit;
        this.runtime = runtime;
        this.engine = engine;
    }

    public RoundView create(ProposalInputs.CreateRound in, String actor) {
        RoundRules r = in.rules();
        List<String> problems = new ArrayList<>();
        if (r.opensAt() == null || r.closesAt() == null || !r.opensAt().isBefore(r.closesAt())) {
            problems.add("募集期間（開始・締切）を正しく入力してください");
        }
        if (r.cityShareRates().isEmpty() || r.cityShareRates().stream().anyMatch(x -> x == null || x < 0 || x > 100)) {
            problems.add("市の負担割合（年目ごと、0〜100%）を1つ以上入力してください");
        }
        if (r.capYen() < 0) {
            problems.add("負担額の上限は0円以上にしてください");
        }
        if (r.preConsultationRequired() && r.preConsultationCutoff() == null) {
            problems.add("事前相談が必須の場合は、事前相談の期限を入力してください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("募集の設定に誤りがあります", problems);
        }
        reviewConfigs.get(in.reviewConfigId());
        ProposalRound round = new ProposalRound(now());
        round.title = in.title();
        round.rules = r;
        round.reviewConfigId = in.reviewConfigId();
        round.committee = in.committee();
        round.createdBy = actor;
        ProposalRound saved = rounds.saveAndFlush(round);
        saved.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.CITIZEN_PROPOSAL_ROUND,
                "CALL-" + saved.id, Map.of("roundId", saved.id, "closesAt", Date.from(r.closesAt().toInstant()),
                        "budgetVoteRequired", r.budgetVoteRequired(), "caseLabel", saved.title))).getId();
        audit.record(ProposalService.CASE + "_ROUND", saved.id, "募集", "OPENED", saved.title, actor);
        return view(saved);
    }

    public PreConsultationView recordPreConsultation(long roundId, ProposalInputs.PreConsultationInput in, String actor) {
        round(roundId);
        if (register.find(in.groupId()).isEmpty()) {
            throw new BusinessRuleException("団体が名簿にありません");
        }
        Long id = jdbc.queryForObject("insert into pre_consultation (round_id, group_id, held_on, people, department_group,"
                        + " notes, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, roundId,
                in.groupId(), in.heldOn(), in.people(), in.departmentGroup(), in.notes(), actor, now());
        audit.record(ProposalService.CASE + "_ROUND", roundId, "事前相談", "RECORDED:" + in.groupId(), in.notes(), actor);
        return new PreConsultationView(id, in.groupId(), in.heldOn(), in.people(), in.departmentGroup(), in.notes(), actor);
    }

    @Transactional(readOnly = true)
    public List<PreConsultationView> preConsultations(CurrentUser user, long roundId) {
        return jdbc.query("select id, group_id, held_on, people, department_group, notes, recorded_by from pre_consultation"
                        + " where round_id = ? order by held_on, id", (rs, i) -> new PreConsultationView(rs.getLong(1),
                        rs.getLong(2), rs.getObject(3, java.time.LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)), roundId).stream()
                .filter(c -> user.isStaff() || user.actsFor(c.groupId())).toList();
    }

    /**
     * The coordinator closes the call now (e.g. the last expected proposal is in): submissions are
     * refused from now on and the closing timer fires at once.
     */
    public RoundView closeEarly(long roundId, String actor) {
        ProposalRound round = round(roundId);
        if (!"OPEN".equals(round.status)) {
            throw new BusinessRuleException("この募集はすでに締め切られています");
        }
        RoundRules r = round.rules;
        OffsetDateTime now = now();
        round.rules = new RoundRules(r.fiscalYear(), r.opensAt(), now, r.preConsultationRequired(),
                r.preConsultationCutoff(), r.onePerGroup(), r.cityShareRates(), r.capYen(), r.budgetVoteRequired());
        engine.asSystem(() -> {
            management.createJobQuery().processInstanceId(round.processInstanceId).timers().list()
                    .forEach(job -> management.setJobDuedate(job.getId(), Date.from(now.toInstant())));
            return null;
        });
        audit.record(ProposalService.CASE + "_ROUND", roundId, "募集", "CLOSED_EARLY", "締切を" + now.toLocalDate() + "に早めた", actor);
        return view(round);
    }

    public void close(long roundId) {
        round(roundId).status = "CLOSED";
        audit.record(ProposalService.CASE + "_ROUND", roundId, "募集", "CLOSED", null, "system");
    }

    @Transactional(readOnly = true)
    public String readiness(long roundId) {
        StringBuilder sb = new StringBuilder();
        for (Proposal p : proposals.findByRoundIdOrderByIdAsc(roundId)) {
            if (p.status == ProposalStatus.DRAFT) {
                continue;
            }
            sb.append(p.status == ProposalStatus.AWAITING_REVIEW ? "○ " : "－ ").append("PR-").append(p.id).append(' ')
                    .append(p.content.title()).append("（").append(p.status.label()).append("）\n");
        }
        return sb.length() == 0 ? "提出された提案はありません。" : sb + "○ の提案を審査会で審査します。";
    }

    /** Creates the committee round from the proposals whose opinions are complete. */
    public long startCommitteeReview(long roundId, String actor) {
        ProposalRound round = round(roundId);
        List<RoundInputs.ProposalInput> ready = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> p.status == ProposalStatus.AWAITING_REVIEW)
                .map(p -> new RoundInputs.ProposalInput("CITIZEN_PROPOSAL", p.id, p.content.title(), p.groupId,
                        p.content.budget().incomeCityShare())).toList();
        if (ready.isEmpty()) {
            throw new BusinessRuleException("審査の対象となる提案（意見照会が済んだ提案）がまだありません");
        }
        long committeeRoundId = reviewRounds.create(new RoundInputs.CreateRound(round.title + " 審査会", round.reviewConfigId,
                null, round.committee, ready), actor);
        round.committeeRoundId = committeeRoundId;
        round.status = "REVIEWING";
        for (RoundInputs.ProposalInput p : ready) {
            proposalService.load(p.refId()).status = ProposalStatus.IN_REVIEW;
        }
        return committeeRoundId;
    }

    /** Records each decision on its proposal and hands it to the proposal's process. */
    public void distributeDecisions(long roundId, List<Decision> decisions) {
        ProposalRound round = round(roundId);
        for (Decision d : decisions) {
            if (!"CITIZEN_PROPOSAL".equals(d.refType()) || d.refId() == null) {
                continue;
            }
            proposalService.recordReviewDecision(d.refId(), d.decision(), d.conditions(), round.rules.budgetVoteRequired());
            engine.asSystem(() -> runtime.createMessageCorrelation(ProcessKeys.MSG_PROPOSAL_REVIEW_DECIDED)
                    .processInstanceBusinessKey("PR-" + d.refId())
                    .setVariable("reviewDecision", d.decision())
                    .setVariable("conditions", d.conditions() == null ? "" : d.conditions()).correlateWithResult());
        }
        round.status = "DECIDED";
    }

    @Transactional(readOnly = true)
    public String adoptedSummary(long roundId) {
        StringBuilder sb = new StringBuilder();
        for (Proposal p : proposals.findByRoundIdOrderByIdAsc(roundId)) {
            if (p.reviewDecision != null && !"REJECT".equals(p.reviewDecision)) {
                sb.append("PR-").append(p.id).append(' ').append(p.content.title()).append("（").append(p.status.label())
                        .append("）市の負担 ").append(jp.kyodoflow.common.JapaneseFormat.yen(p.content.budget().incomeCityShare())).append('\n');
            }
        }
        return sb.length() == 0 ? "採択された提案はありません。" : sb.toString();
    }

    /** 予算議決: once for the round; every adopted proposal continues, or all end with notice. */
    public void recordBudgetVote(long roundId, String vote, String note, String actor) {
        ProposalRound round = round(roundId);
        if (!"APPROVED".equals(vote) && !"REJECTED".equals(vote)) {
            throw new BusinessRuleException("予算議決の結果（可決・否決）を選んでください");
        }
        List<String> revising = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> p.status == ProposalStatus.REVISING).map(p -> p.content.title()).toList();
        if (!revising.isEmpty()) {
            throw new BusinessRuleException("条件付き採択の提案の修正確認が終わっていません", revising);
        }
        round.budgetVote = vote;
        round.budgetVoteNote = note;
        round.status = "DONE";
        audit.record(ProposalService.CASE + "_ROUND", roundId, "予算議決", vote, note, actor);
    }

    public void distributeBudgetVote(long roundId) {
        ProposalRound round = round(roundId);
        boolean approved = "APPROVED".equals(round.budgetVote);
        for (Proposal p : proposals.findByRoundIdOrderByIdAsc(roundId)) {
            if (p.status == ProposalStatus.AWAITING_BUDGET) {
                proposalService.budgetResult(p.id, approved);
                engine.asSystem(() -> runtime.createMessageCorrelation(ProcessKeys.MSG_BUDGET_VOTED)
                        .processInstanceBusinessKey("PR-" + p.id).setVariable("budgetApproved", approved).correlateWithResult());
            }
        }
    }

    @Transactional(readOnly = true)
    public List<RoundView> list() {
        return rounds.findAllByOrderByIdDesc().stream().map(ProposalRoundService::view).toList();
    }

    @Transactional(readOnly = true)
    public RoundView get(long id) {
        return view(round(id));
    }

    static RoundView view(ProposalRound r) {
        return new RoundView(r.id, r.title, r.rules, r.reviewConfigId, r.committee, r.status, r.committeeRoundId,
                r.budgetVote, r.processInstanceId);
    }

    ProposalRound round(long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("募集が見つかりません"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

package jp.kyodoflow.proposals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.proposals.events.BudgetVoted;
import jp.kyodoflow.proposals.events.PreConsultationRecorded;
import jp.kyodoflow.proposals.events.ProposalRoundClosed;
import jp.kyodoflow.proposals.events.ProposalRoundClosedEarly;
import jp.kyodoflow.proposals.events.ProposalRoundOpened;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
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
                            String budgetVote, String processInstanceId, Long themeId) {
    }

    public record PreConsultationView(Long id, Long groupId, LocalDate heldOn, String people,
                                      String departmentGroup, String notes, String recordedBy) {
    }

    /** A committee decision for one proposal (from CommitteeReviewProcess's reviewDecisions). */
    public record Decision(String refType, Long refId, String decision, String conditions) {
    }

    private final ProposalRoundRepository rounds;
    private final ProposalRepository proposals;
    private final ProposalDecisions decisions;
    private final ProposalTables tables;
    private final ReviewConfigService reviewConfigs;
    private final ReviewRoundService reviewRounds;
    private final GroupRegister register;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final EngineAccess engine;
    private final ProposalDossier dossier;
    private final Clock clock;

    private final jakarta.persistence.EntityManager em;

    ProposalRoundService(ProposalRoundRepository rounds, ProposalRepository proposals, ProposalDecisions decisions,
                         ProposalTables tables, ReviewConfigService reviewConfigs, ReviewRoundService reviewRounds,
                         GroupRegister register, ApplicationEventPublisher events, RuntimeService runtime,
                         ManagementService management, EngineAccess engine, ProposalDossier dossier, Clock clock,
                         jakarta.persistence.EntityManager em) {
        this.em = em;
        this.dossier = dossier;
        this.rounds = rounds;
        this.proposals = proposals;
        this.decisions = decisions;
        this.tables = tables;
        this.reviewConfigs = reviewConfigs;
        this.reviewRounds = reviewRounds;
        this.register = register;
        this.events = events;
        this.runtime = runtime;
        this.management = management;
        this.engine = engine;
        this.clock = clock;
    }

    public RoundView create(ProposalInputs.CreateRound in, String actor) {
        RoundRules r = in.rules();
        List<String> problems = r.problems();
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
        events.publishEvent(new ProposalRoundOpened(saved.id, saved.title, r.fiscalYear(), r.opensAt(), r.closesAt(), actor));
        return view(saved);
    }

    public PreConsultationView recordPreConsultation(long roundId, ProposalInputs.PreConsultationInput in, String actor) {
        rounds.load(roundId);
        if (register.find(in.groupId()).isEmpty()) {
            throw new BusinessRuleException("団体が名簿にありません");
        }
        long id = tables.insertPreConsultation(roundId, in, actor, now());
        events.publishEvent(new PreConsultationRecorded(roundId, id, in.groupId(), in.heldOn(), in.notes(), actor));
        return new PreConsultationView(id, in.groupId(), in.heldOn(), in.people(), in.departmentGroup(), in.notes(), actor);
    }

    @Transactional(readOnly = true)
    public List<PreConsultationView> preConsultations(CurrentUser user, long roundId) {
        return tables.preConsultations(roundId).stream().filter(c -> user.isStaff() || user.actsFor(c.groupId())).toList();
    }

    /**
     * The coordinator closes the call now (e.g. the last expected proposal is in): submissions are
     * refused from now on and the closing timer fires at once.
     */
    public RoundView closeEarly(long roundId, String actor) {
        ProposalRound round = rounds.load(roundId);
        if (round.status != ProposalRoundStatus.OPEN) {
            throw new BusinessRuleException("この募集はすでに締め切られています");
        }
        if (round.themeId != null) {
            throw new BusinessRuleException("行政提案型のテーマの募集は、公募の締切にまとめて締め切られます（テーマごとには締め切れません）");
        }
        OffsetDateTime now = now();
        round.rules = round.rules.closingAt(now);
        round.status = ProposalRoundStatus.CLOSED; // closed from now on, and so in this reply; the timer's step follows
        engine.asSystem(() -> {
            management.createJobQuery().processInstanceId(round.processInstanceId).timers().list()
                    .forEach(job -> management.setJobDuedate(job.getId(), Date.from(now.toInstant())));
            return null;
        });
        events.publishEvent(new ProposalRoundClosedEarly(roundId, now.toLocalDate(), actor));
        return view(round);
    }

    /** 募集の締切. */
    public void close(long roundId) {
        ProposalRound round = rounds.load(roundId);
        if (round.status == ProposalRoundStatus.OPEN) {
            round.status = ProposalRoundStatus.CLOSED;
        }
        events.publishEvent(new ProposalRoundClosed(roundId));
    }

    /** What the coordinator reads before starting the committee: which proposals are ready (○) and which not. */
    @Transactional(readOnly = true)
    public String readiness(long roundId) {
        StringBuilder sb = new StringBuilder();
        int ready = 0;
        for (Proposal p : proposals.findByRoundIdOrderByIdAsc(roundId)) {
            if (p.status == ProposalStatus.DRAFT) {
                continue;
            }
            ready += p.status == ProposalStatus.AWAITING_REVIEW ? 1 : 0;
            sb.append(p.status == ProposalStatus.AWAITING_REVIEW ? "○ " : "－ ").append("PR-").append(p.id).append(' ')
                    .append(p.content.title()).append("（").append(p.status.label()).append("）\n");
        }
        if (sb.length() == 0) {
            return "提出された提案はありません。";
        }
        return sb + (ready == 0 ? "審査会で審査できる提案はまだありません（○ の付いた、意見照会まで終わった提案がありません）。"
                : "○ の付いた " + ready + " 件の提案を審査会で審査します（－ の提案は審査しません）。");
    }

    /** 審査会の開始: creates the committee round from the proposals whose opinions are complete. */
    public long startCommitteeReview(long roundId, String actor) {
        ProposalRound round = rounds.load(roundId);
        List<Proposal> ready = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> p.status == ProposalStatus.AWAITING_REVIEW).toList();
        if (ready.isEmpty()) {
            throw new BusinessRuleException("審査の対象となる提案（意見照会が済んだ提案）がまだありません");
        }
        List<RoundInputs.ProposalInput> inputs = ready.stream().map(p -> new RoundInputs.ProposalInput("CITIZEN_PROPOSAL",
                p.id, p.content.title(), p.groupId, p.content.budget().incomeCityShare(), dossier.of(p))).toList();
        long committeeRoundId = reviewRounds.create(new RoundInputs.CreateRound(round.title + " 審査会", round.reviewConfigId,
                null, round.committee, inputs), actor);
        round.committeeRoundId = committeeRoundId;
        round.status = ProposalRoundStatus.REVIEWING;
        ready.forEach(p -> p.status = ProposalStatus.IN_REVIEW);
        return committeeRoundId;
    }

    /** 審査結果の通知: records each decision on its proposal and hands it to the proposal's process. */
    public void distributeDecisions(long roundId, List<Decision> decided) {
        ProposalRound round = rounds.load(roundId);
        for (Decision d : decided) {
            if (!"CITIZEN_PROPOSAL".equals(d.refType()) || d.refId() == null) {
                continue;
            }
            decisions.recordReviewDecision(d.refId(), ReviewDecision.of(d.decision()), d.conditions(),
                    round.rules.budgetVoteRequired());
            engine.asSystem(() -> runtime.createMessageCorrelation(ProcessKeys.MSG_PROPOSAL_REVIEW_DECIDED)
                    .processInstanceBusinessKey("PR-" + d.refId())
                    .setVariable("reviewDecision", d.decision())
                    .setVariable("conditions", d.conditions() == null ? "" : d.conditions()).correlateWithResult());
        }
        round.status = ProposalRoundStatus.DECIDED;
    }

    /** What the coordinator reads before recording the budget vote: the adopted proposals and the city's share. */
    @Transactional(readOnly = true)
    public String adoptedSummary(long roundId) {
        StringBuilder sb = new StringBuilder();
        for (Proposal p : proposals.findByRoundIdOrderByIdAsc(roundId)) {
            if (p.reviewDecision != null && p.reviewDecision != ReviewDecision.REJECT) {
                sb.append("PR-").append(p.id).append(' ').append(p.content.title()).append("（").append(p.status.label())
                        .append("）市の負担 ").append(JapaneseFormat.yen(p.content.budget().incomeCityShare())).append('\n');
            }
        }
        return sb.length() == 0 ? "採択された提案はありません。" : sb.toString();
    }

    /** 予算議決: once for the round; every adopted proposal continues, or all end with notice. */
    public void recordBudgetVote(long roundId, String vote, String note, String actor) {
        ProposalRound round = rounds.load(roundId);
        BudgetVote v = BudgetVote.of(vote).orElseThrow(() -> new BusinessRuleException("予算議決の結果（可決・否決）を選んでください"));
        List<String> revising = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> p.status == ProposalStatus.REVISING).map(p -> p.content.title()).toList();
        if (!revising.isEmpty()) {
            throw new BusinessRuleException("条件付き採択の提案の修正確認が終わっていません", revising);
        }
        round.budgetVote = v;
        round.budgetVoteNote = note;
        round.status = ProposalRoundStatus.DONE;
        events.publishEvent(new BudgetVoted(roundId, v.name(), note, actor));
    }

    /** 議決結果の反映: each adopted proposal waiting for the vote learns it. */
    public void distributeBudgetVote(long roundId) {
        boolean approved = rounds.load(roundId).budgetVote == BudgetVote.APPROVED;
        for (Proposal p : proposals.findByRoundIdOrderByIdAsc(roundId)) {
            if (p.status == ProposalStatus.AWAITING_BUDGET) {
                decisions.budgetResult(p.id, approved);
                engine.asSystem(() -> runtime.createMessageCorrelation(ProcessKeys.MSG_BUDGET_VOTED)
                        .processInstanceBusinessKey("PR-" + p.id).setVariable("budgetApproved", approved).correlateWithResult());
            }
        }
    }

    @Transactional(readOnly = true)
    public List<RoundView> list() {
        return rounds.findAllByOrderByIdDesc().stream().map(ProposalRoundService::view).toList();
    }

    /** One page of the calls, newest first (a page and its count: two statements). */
    @Transactional(readOnly = true)
    public Paging.Page<RoundView> list(Paging paging) {
        return SqlPage.from("proposal_round").fetch(em, ProposalRound.class, "t.id desc", paging).map(ProposalRoundService::view);
    }

    @Transactional(readOnly = true)
    public RoundView get(long id) {
        return view(rounds.load(id));
    }

    static RoundView view(ProposalRound r) {
        return new RoundView(r.id, r.title, r.rules, r.reviewConfigId, r.committee, r.status.name(), r.committeeRoundId,
                r.budgetVote == null ? null : r.budgetVote.name(), r.processInstanceId, r.themeId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

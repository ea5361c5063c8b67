package jp.kyodoflow.proposals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.proposals.events.ProposalCase;
import jp.kyodoflow.proposals.events.ProposalDrafted;
import jp.kyodoflow.proposals.events.ProposalEdited;
import jp.kyodoflow.proposals.events.ProposalSubmitted;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's proposals: drafting, submission with every refusal of processes.md §2 (late, second
 * proposal, unregistered group, no pre-consultation, inconsistent budget, city share over the
 * rule), and reading them with their step and history. A refused submission stores nothing. What
 * happens to a submitted proposal later is {@link ProposalScreening}, {@link DepartmentOpinions} and
 * {@link ProposalDecisions}.
 */
@Service
@Transactional
public class ProposalService {

    @Schema(name = "CitizenProposalView")
    public record ProposalView(Long id, Long roundId, Long groupId, String status, String statusLabel,
                               String nextForGroup, OffsetDateTime dueAt, ProposalContent content,
                               List<String> eligibilityReasons, String decisionReason, String reviewDecision,
                               String conditions, Long projectId, OffsetDateTime submittedAt, int version,
                               List<AuditTrail.Entry> history) {
    }

    private final ProposalRepository proposals;
    private final ProposalRoundRepository rounds;
    private final ProposalAccess access;
    private final ProposalChecks checks;
    private final ProposalTables tables;
    private final ProposalLists lists;
    private final GroupRegister register;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalRoundRepository rounds, ProposalAccess access,
                    ProposalChecks checks, ProposalTables tables, ProposalLists lists, GroupRegister register, AuditTrail audit,
                    ApplicationEventPublisher events, RuntimeService runtime, EngineAccess engine, Clock clock) {
        this.proposals = proposals;
        this.rounds = rounds;
        this.access = access;
        this.checks = checks;
        this.tables = tables;
        this.lists = lists;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** Creates a draft, or submits at once when asked; a refusal stores nothing. */
    public ProposalView create(CurrentUser user, long roundId, ProposalInputs.ProposalInput in) {
        requireActsFor(user, in.groupId());
        ProposalRound round = rounds.load(roundId);
        if (!register.isRegistered(in.groupId())) {
            throw new BusinessRuleException("登録団体ではないため提案できません（市民活動団体登録が必要です。登録の有効期限も確認してください）");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!round.acceptsSubmissionsAt(now)) {
            throw windowClosed(round, now);
        }
        requireStorable(in.content());
        Proposal p = new Proposal(now);
        p.roundId = roundId;
        p.groupId = in.groupId();
        p.content = round.fixed(in.content());
        p.createdBy = user.userId();
        p = proposals.save(p);
        events.publishEvent(new ProposalDrafted(p.id, roundId, p.groupId, user.userId()));
        if (in.submit()) {
            submitChecked(p, round, user.userId());
        }
        return view(p, true);
    }

    public ProposalView update(CurrentUser user, long id, ProposalContent content, Integer expectedVersion) {
        Proposal p = access.own(user, id);
        p.requireEditable();
        if (expectedVersion != null && expectedVersion != p.version) {
            throw new OptimisticLockingFailureException("proposal " + id + " changed");
        }
        if (content == null) {
            throw new BusinessRuleException("提案の内容（content）を送ってください");
        }
        requireStorable(content);
        ProposalRound round = rounds.load(p.roundId);
        content = round.fixed(content);
        if (p.status != ProposalStatus.DRAFT) {
            requireSubmittable(content, round.rules);
        }
        p.content = content;
        events.publishEvent(new ProposalEdited(id, user.userId()));
        return view(proposals.saveAndFlush(p), true);
    }

    public ProposalView submit(CurrentUser user, long id) {
        Proposal p = access.own(user, id);
        if (p.status != ProposalStatus.DRAFT) {
            throw new BusinessRuleException("この提案はすでに提出されています（現在：" + p.status.label() + "）");
        }
        submitChecked(p, rounds.load(p.roundId), user.userId());
        return view(p, true);
    }

    private void submitChecked(Proposal p, ProposalRound round, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!round.acceptsSubmissionsAt(now)) {
            throw windowClosed(round, now);
        }
        if (!register.isRegistered(p.groupId)) {
            throw new BusinessRuleException("登録団体ではないため提出できません（市民活動団体登録の有効期限を確認してください）");
        }
        RoundRules r = round.rules;
        if (r.preConsultationRequired() && !tables.hadPreConsultation(round.id, p.groupId, r.preConsultationCutoff())) {
            throw new BusinessRuleException("この募集では事前相談が必要です。" + JapaneseFormat.day(r.preConsultationCutoff())
                    + "までに事前相談を受けた記録がありません");
        }
        requireSubmittable(p.content, r);
        if (r.onePerGroup() && !tables.lockSubmission(round.id, p.groupId, p.id)) {
            throw new BusinessRuleException("この募集では1団体1件までです。この団体の提案はすでに提出されています");
        }
        p.status = ProposalStatus.SUBMITTED;
        p.submittedAt = now;
        proposals.saveAndFlush(p);
        events.publishEvent(new ProposalSubmitted(p.id, round.id, p.groupId, p.content.title(),
                p.content.budget().incomeCityShare(), actor));
        p.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.CITIZEN_PROPOSAL,
                "PR-" + p.id, processVariables(p, r)).getId());
    }

    private static Map<String, Object> processVariables(Proposal p, RoundRules r) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("proposalId", p.id);
        vars.put("groupCamunda", Roles.civicGroup(p.groupId));
        vars.put("caseLabel", "PR-" + p.id + " " + p.content.title());
        vars.put("budgetVoteRequired", r.budgetVoteRequired());
        return vars;
    }

    // ---- reading ----

    /**
     * One page of the proposals the person may read, newest first, optionally of one call and in one status:
     * city-wide roles every proposal, a department the submitted ones naming it, a group its own. The
     * database filters, pages and counts; the drafts' calls (for their deadline) are read in one statement.
     */
    @Transactional(readOnly = true)
    public Paging.Page<ProposalView> list(CurrentUser user, Long roundId, String status, Paging paging) {
        Paging.Page<Proposal> page = lists.visibleTo(user, roundId, status == null ? null : SqlPage.parse(ProposalStatus.class, "status", status),
                paging);
        return new Paging.Page<>(views(page.rows()), page.total());
    }

    /** Every proposal of a group the person acts for, newest first (a group has few; the portal's group page). */
    @Transactional(readOnly = true)
    public List<ProposalView> ofGroup(CurrentUser user, long groupId) {
        if (!user.actsFor(groupId)) {
            return List.of();
        }
        return views(proposals.findByGroupIdInOrderByIdDesc(List.of(groupId)));
    }

    private List<ProposalView> views(List<Proposal> page) {
        List<Long> draftRounds = page.stream().filter(p -> p.status == ProposalStatus.DRAFT).map(p -> p.roundId)
                .distinct().toList();
        Map<Long, OffsetDateTime> closes = new HashMap<>();
        if (!draftRounds.isEmpty()) {
            rounds.findAllById(draftRounds).forEach(r -> closes.put(r.id, r.rules.closesAt()));
        }
        return page.stream().map(p -> view(p, List.of(), p.status == ProposalStatus.DRAFT ? closes.get(p.roundId)
                : p.status == ProposalStatus.SENT_BACK ? p.correctionDeadline : null)).toList();
    }

    @Transactional(readOnly = true)
    public ProposalView get(CurrentUser user, long id) {
        return view(access.visible(user, id), true, user.isStaff());
    }

    /**
     * The process instance of a proposal of the person's group (to find the group's task in it), or null
     * before submission; another group's proposal is "not found".
     */
    @Transactional(readOnly = true)
    public String processInstanceOf(CurrentUser user, long id) {
        return access.own(user, id).processInstanceId;
    }

    private ProposalView view(Proposal p, boolean withHistory) {
        return view(p, withHistory, false);
    }

    /** The group reads its case's history without the city's internal lines (AuditLine.internal). */
    private ProposalView view(Proposal p, boolean withHistory, boolean withInternal) {
        OffsetDateTime due = p.status == ProposalStatus.SENT_BACK ? p.correctionDeadline
                : p.status == ProposalStatus.DRAFT ? rounds.load(p.roundId).rules.closesAt() : null;
        return view(p, withHistory ? audit.history(ProposalCase.TYPE, p.id, withInternal) : List.of(), due);
    }

    private static ProposalView view(Proposal p, List<AuditTrail.Entry> history, OffsetDateTime due) {
        return new ProposalView(p.id, p.roundId, p.groupId, p.status.name(), p.status.label(), p.status.nextForGroup(),
                due, p.content, p.eligibilityReasons, p.decisionReason,
                p.reviewDecision == null ? null : p.reviewDecision.name(), p.conditions, p.projectId,
                p.submittedAt, p.version, history);
    }

    private void requireSubmittable(ProposalContent content, RoundRules rules) {
        List<ProposalProblem> problems = checks.fieldProblems(content, rules);
        if (!problems.isEmpty()) {
            throw new ProposalRefusedException("提案内容に不足または誤りがあります", problems);
        }
    }

    /** Names the moment that matters: when the call opens, or when it closed (date and time, Tokyo). */
    private static BusinessRuleException windowClosed(ProposalRound round, OffsetDateTime now) {
        RoundRules r = round.rules;
        String moment = round.status == ProposalRoundStatus.OPEN && now.isBefore(r.opensAt())
                ? "募集は" + JapaneseFormat.dayTime(r.opensAt()) + "に始まります"
                : "募集は" + JapaneseFormat.dayTime(r.closesAt()) + "に締め切りました";
        return new BusinessRuleException("募集期間外のため受け付けられません。" + moment + "（募集期間："
                + JapaneseFormat.dayTime(r.opensAt()) + "〜" + JapaneseFormat.dayTime(r.closesAt()) + "）");
    }

    /** Drafts may be incomplete, but never unbounded, negative or unstorable. */
    private static void requireStorable(ProposalContent content) {
        List<ProposalProblem> problems = ProposalRules.draftFieldProblems(content);
        if (!problems.isEmpty()) {
            throw new ProposalRefusedException("提案内容に誤りがあるため保存できません", problems);
        }
    }

    private static void requireActsFor(CurrentUser user, long groupId) {
        if (!user.actsFor(groupId)) {
            throw new ForbiddenException("提案は、その団体の利用者だけが作成・提出できます");
        }
    }
}

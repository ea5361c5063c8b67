package jp.kyodoflow.proposals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's proposals: drafting, submission with every refusal of processes.md §2 (late, second
 * proposal, unregistered group, no pre-consultation, inconsistent budget, city share over the
 * rule), and each later step's record. A refused submission stores nothing.
 */
@Service
@Transactional
public class ProposalService {

    static final String CASE = "PROPOSAL";

    @Schema(name = "CitizenProposalView")
    public record ProposalView(Long id, Long roundId, Long groupId, String status, String statusLabel,
                               String nextForGroup, OffsetDateTime dueAt, ProposalContent content,
                               List<String> eligibilityReasons, String decisionReason, String reviewDecision,
                               String conditions, Long projectId, OffsetDateTime submittedAt, int version,
                               List<AuditTrail.Entry> history) {
    }

    private final ProposalRepository proposals;
    private final ProposalRoundRepository rounds;
    private final GroupRegister register;
    private final MunicipalityProperties city;
    private final RuleProperties rules;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final NoticeService notices;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalRoundRepository rounds, GroupRegister register,
                    MunicipalityProperties city, RuleProperties rules, JdbcTemplate jdbc, AuditTrail audit,
                    NoticeService notices, RuntimeService runtime, EngineAccess engine, Clock clock) {
        this.clock = clock;
        this.proposals = proposals;
        this.rounds = rounds;
        this.register = register;
        this.city = city;
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.notices = notices;
        this.runtime = runtime;
        this.engine = engine;
    }

    /** Creates a draft, or submits at once when asked; a refusal stores nothing. */
    public ProposalView create(CurrentUser user, long roundId, ProposalInputs.ProposalInput in) {
        requireActsFor(user, in.groupId());
        ProposalRound round = round(roundId);
        if (!register.isRegistered(in.groupId())) {
            throw new BusinessRuleException("登録団体ではないため提案できません（市民活動団体登録が必要です。登録の有効期限も確認してください）");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!round.acceptsSubmissionsAt(now)) {
            throw windowClosed(round);
        }
        requireStorable(in.content());
        Proposal p = new Proposal(now);
        p.roundId = roundId;
        p.groupId = in.groupId();
        p.content = in.content();
        p.createdBy = user.userId();
        p = proposals.save(p);
        audit.record(CASE, p.id, "提案", "DRAFTED", null, user.userId());
        if (in.submit()) {
            submitChecked(p, round, user.userId());
        }
        return view(p, true);
    }

    public ProposalView update(CurrentUser user, long id, ProposalContent content, Integer expectedVersion) {
        Proposal p = own(user, id);
        p.requireEditable();
        if (expectedVersion != null && expectedVersion != p.version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("proposal " + id + " changed");
        }
        if (content == null) {
            throw new BusinessRuleException("提案の内容（content）を送ってください");
        }
        requireStorable(content);
        if (p.status != ProposalStatus.DRAFT) {
            List<String> problems = ProposalRules.problems(content, round(p.roundId).rules, departmentIds());
            if (!problems.isEmpty()) {
                throw new BusinessRuleException("提案内容に不足または誤りがあります", problems);
            }
        }
        p.content = content;
        audit.record(CASE, id, "提案", "EDITED", null, user.userId());
        return view(proposals.saveAndFlush(p), true);
    }

    public ProposalView submit(CurrentUser user, long id) {
        Proposal p = own(user, id);
        if (p.status != ProposalStatus.DRAFT) {
            throw new BusinessRuleException("この提案はすでに提出されています（現在：" + p.status.label() + "）");
        }
        submitChecked(p, round(p.roundId), user.userId());
        return view(p, true);
    }

    private void submitChecked(Proposal p, ProposalRound round, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!round.acceptsSubmissionsAt(now)) {
            throw windowClosed(round);
        }
        if (!register.isRegistered(p.groupId)) {
            throw new BusinessRuleException("登録団体ではないため提出できません（市民活動団体登録の有効期限を確認してください）");
        }
        RoundRules r = round.rules;
        if (r.preConsultationRequired() && !hadPreConsultation(round.id, p.groupId, r.preConsultationCutoff())) {
            throw new BusinessRuleException("この募集では事前相談が必要です。" + JapaneseFormat.day(r.preConsultationCutoff())
                    + "までに事前相談を受けた記録がありません");
        }
        List<String> problems = ProposalRules.problems(p.content, r, departmentIds());
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("提案内容に不足または誤りがあります", problems);
        }
        if (r.onePerGroup()) {
            try {
                jdbc.update("insert into proposal_submission_lock (round_id, group_id, proposal_id) values (?, ?, ?)",
                        round.id, p.groupId, p.id);
            } catch (DuplicateKeyException e) {
                throw new BusinessRuleException("この募集では1団体1件までです。この団体の提案はすでに提出されています");
            }
        }
        p.status = ProposalStatus.SUBMITTED;
        p.submittedAt = now;
        proposals.saveAndFlush(p);
        Map<String, Object> vars = new HashMap<>();
        vars.put("proposalId", p.id);
        vars.put("groupCamunda", Roles.civicGroup(p.groupId));
        vars.put("caseLabel", "PR-" + p.id + " " + p.content.title());
        vars.put("budgetVoteRequired", r.budgetVoteRequired());
        audit.recordAmount(CASE, p.id, "提案", "SUBMITTED", p.content.title(), p.content.budget().incomeCityShare(), actor);
        p.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.CITIZEN_PROPOSAL,
                "PR-" + p.id, vars).getId());
        notices.toGroup(Roles.civicGroup(p.groupId), "SUBMITTED", "提案を受け付けました",
                "「" + p.content.title() + "」の提出を受け付けました。要件審査の結果をお知らせします。", CASE, p.id);
    }

    // ---- steps of CitizenProposalProcess ----

    /** 要件審査 (automatic part): the group and project requirements that the data allows. */
    public List<String> checkEligibility(long id) {
        Proposal p = load(id);
        List<String> reasons = new ArrayList<>(register.standingProblems(p.groupId));
        reasons.addAll(ProposalRules.problems(p.content, round(p.roundId).rules, departmentIds()));
        p.eligibilityReasons = reasons;
        audit.record(CASE, id, "要件審査", reasons.isEmpty() ? "PASSED" : "FAILED", String.join("／", reasons), "system");
        return reasons;
    }

    public void confirmEligibility(long id, String decision, String reason, String actor) {
        Proposal p = load(id);
        requireStatus(p, ProposalStatus.SUBMITTED);
        if (!List.of("ELIGIBLE", "SEND_BACK", "NOT_ACCEPTED").contains(String.valueOf(decision))) {
            throw new BusinessRuleException("要件審査の結果を選んでください");
        }
        if ("ELIGIBLE".equals(decision) && !p.eligibilityReasons.isEmpty()) {
            throw new BusinessRuleException("要件を満たしていない点があるため受理できません。差戻しまたは不受理を選んでください",
                    p.eligibilityReasons);
        }
        if (!"ELIGIBLE".equals(decision) && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException(("SEND_BACK".equals(decision) ? "差戻し" : "不受理") + "の理由を入力してください");
        }
        p.decisionReason = reason;
        audit.record(CASE, id, "要件審査", decision, reason, actor);
        if ("ELIGIBLE".equals(decision)) {
            p.status = ProposalStatus.IN_OPINION;
            notices.toGroup(Roles.civicGroup(p.groupId), "ACCEPTED", "提案を受理しました",
                    "「" + p.content.title() + "」は要件を満たしているため受理しました。担当課の意見照会の後、審査会で審査します。", CASE, id);
        }
    }

    /** A deadline people work towards, and when to remind them. */
    public record Deadline(OffsetDateTime due, OffsetDateTime remindAt) {
    }

    public Deadline sendBack(long id) {
        Proposal p = load(id);
        OffsetDateTime deadline = OffsetDateTime.now(clock).plus(rules.proposal().correctionPeriod());
        p.status = ProposalStatus.SENT_BACK;
        p.correctionDeadline = deadline;
        notices.toGroup(Roles.civicGroup(p.groupId), "SENT_BACK", "提案の差戻し",
                "「" + p.content.title() + "」を差し戻しました。理由：" + p.decisionReason + "　" + JapaneseFormat.day(deadline)
                        + "までに修正して再提出してください。期限を過ぎると提案は失効します。", CASE, id);
        return new Deadline(deadline, deadline.minus(rules.proposal().correctionReminderBefore()));
    }

    public void resubmit(long id, String actor) {
        Proposal p = load(id);
        requireStatus(p, ProposalStatus.SENT_BACK);
        p.status = ProposalStatus.SUBMITTED;
        p.correctionDeadline = null;
        audit.record(CASE, id, "提案の修正", "RESUBMITTED", null, actor);
    }

    public void remindCorrection(long id) {
        Proposal p = load(id);
        notices.toGroup(Roles.civicGroup(p.groupId), "REMINDER", "提案の修正期限が近づいています",
                "「" + p.content.title() + "」の修正期限は" + JapaneseFormat.day(p.correctionDeadline) + "です。", CASE, id);
    }

    public void lapse(long id) {
        Proposal p = load(id);
        p.status = ProposalStatus.LAPSED;
        audit.record(CASE, id, "提案の修正", "LAPSED", "修正期限を過ぎました", "system");
        notices.toGroup(Roles.civicGroup(p.groupId), "LAPSED", "提案の失効",
                "「" + p.content.title() + "」は修正期限までに再提出がなかったため失効しました。", CASE, id);
    }

    public void notAccepted(long id) {
        Proposal p = load(id);
        p.status = ProposalStatus.NOT_ACCEPTED;
        notices.toGroup(Roles.civicGroup(p.groupId), "NOT_ACCEPTED", "提案の結果（不受理）",
                "「" + p.content.title() + "」は受理できませんでした。理由：" + p.decisionReason, CASE, id);
    }

    /** 意見照会: when the departments' opinions are due. */
    public Deadline opinionDeadline() {
        OffsetDateTime due = OffsetDateTime.now(clock).plus(rules.proposal().opinionDue());
        return new Deadline(due, due.minus(rules.proposal().opinionReminderBefore()));
    }

    public List<String> departmentsOf(long id) {
        return load(id).content.departments();
    }

    public String summary(long id) {
        ProposalContent c = load(id).content;
        return "提案名：" + c.title() + "\n課題：" + c.problem() + "\n目的：" + c.purpose() + "\n内容：" + c.content()
                + "\n期間：" + c.periodFrom() + "〜" + c.periodTo() + "（" + c.projectYear() + "年目）\n市への負担要望額："
                + JapaneseFormat.yen(c.budget().incomeCityShare()) + "\n担当課：" + String.join("、", c.departments());
    }

    public void recordOpinion(long id, String department, ProposalInputs.DepartmentOpinion o, String actor) {
        Proposal p = load(id);
        requireStatus(p, ProposalStatus.IN_OPINION);
        List<String> problems = new ArrayList<>();
        if (!List.of("FEASIBLE", "CONDITIONAL", "DIFFICULT").contains(String.valueOf(o.feasibility()))) {
            problems.add("実現可能性を選んでください");
        }
        if (!List.of("APPROPRIATE", "NEEDS_ADJUSTMENT", "INAPPROPRIATE").contains(String.valueOf(o.roleFit()))) {
            problems.add("役割分担の妥当性を選んでください");
        }
        if (!List.of("AVAILABLE", "PARTIAL", "NOT_AVAILABLE").contains(String.valueOf(o.budgetAvailability()))) {
            problems.add("予算措置の見込みを選んでください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("意見の内容に不足があります", problems);
        }
        try {
            jdbc.update("insert into department_opinion (proposal_id, department_group, feasibility, role_fit,"
                            + " budget_availability, comments, given_by, given_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, department,
                    o.feasibility(), o.roleFit(), o.budgetAvailability(), o.comments(), actor, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("この課の意見はすでに登録されています");
        }
        audit.record(CASE, id, "意見照会", department + ":" + o.feasibility(), o.comments(), actor);
    }

    public void remindOpinion(long id, String department) {
        Proposal p = load(id);
        notices.toGroup(department, "REMINDER", "意見照会の回答期限が近づいています",
                "提案「" + p.content.title() + "」への意見の回答期限が近づいています。", CASE, id);
    }

    public void escalateOpinion(long id, String department) {
        Proposal p = load(id);
        notices.toGroup(Roles.COORDINATOR, "ESCALATION", "意見照会の回答期限を過ぎています",
                "提案「" + p.content.title() + "」について、" + department + "の意見が期限までに届いていません。", CASE, id);
        audit.record(CASE, id, "意見照会", "OVERDUE:" + department, null, "system");
    }

    public void readyForReview(long id) {
        Proposal p = load(id);
        p.status = ProposalStatus.AWAITING_REVIEW;
    }

    /** 審査の結果 (from the committee round and the approver). */
    public void recordReviewDecision(long id, String decision, String conditions, boolean budgetVoteRequired) {
        Proposal p = load(id);
        p.reviewDecision = decision;
        p.conditions = conditions;
        p.status = switch (decision) {
            case "REJECT" -> ProposalStatus.REJECTED;
            case "ADOPT_WITH_CONDITIONS" -> ProposalStatus.REVISING;
            default -> budgetVoteRequired ? ProposalStatus.AWAITING_BUDGET : ProposalStatus.TO_AGREEMENT;
        };
        String title = switch (decision) {
            case "REJECT" -> "提案の審査結果（不採択）";
            case "ADOPT_WITH_CONDITIONS" -> "提案の審査結果（条件付き採択）";
            default -> "提案の審査結果（採択）";
        };
        String body = "「" + p.content.title() + "」の審査結果：" + ("REJECT".equals(decision) ? "不採択"
                : "ADOPT_WITH_CONDITIONS".equals(decision) ? "条件付き採択。条件：" + conditions + "　条件に沿って提案を修正してください。" : "採択");
        notices.toGroup(Roles.civicGroup(p.groupId), decision, title, body, CASE, id);
        audit.record(CASE, id, "決定", decision, conditions, "system");
    }

    public void revise(long id, String summary, String actor) {
        Proposal p = load(id);
        requireStatus(p, ProposalStatus.REVISING);
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleException("修正内容の説明を入力してください");
        }
        audit.record(CASE, id, "条件に沿った修正", "REVISED", summary, actor);
    }

    public void confirmRevision(long id, String decision, String comment, boolean budgetVoteRequired, String actor) {
        Proposal p = load(id);
        requireStatus(p, ProposalStatus.REVISING);
        if ("REQUEST_AGAIN".equals(decision)) {
            if (comment == null || comment.isBlank()) {
                throw new BusinessRuleException("再修正を求める場合は、依頼内容を入力してください");
            }
        } else if (!"ACCEPT".equals(decision)) {
            throw new BusinessRuleException("確認の結果を選んでください");
        } else {
            p.status = budgetVoteRequired ? ProposalStatus.AWAITING_BUDGET : ProposalStatus.TO_AGREEMENT;
        }
        audit.record(CASE, id, "修正内容の確認", decision, comment, actor);
    }

    public void budgetResult(long id, boolean approved) {
        Proposal p = load(id);
        if (approved) {
            p.status = ProposalStatus.TO_AGREEMENT;
            return;
        }
        p.status = ProposalStatus.BUDGET_REJECTED;
        notices.toGroup(Roles.civicGroup(p.groupId), "BUDGET_REJECTED", "予算否決のお知らせ",
                "市議会で予算が否決されたため、「" + p.content.title() + "」は実施できなくなりました。", CASE, id);
    }

    /** The proposal's case ends (its decision and notice were recorded when the decision arrived). */
    public void close(long id, String why) {
        Proposal p = load(id);
        if (p.status != ProposalStatus.REJECTED && p.status != ProposalStatus.BUDGET_REJECTED) {
            throw new IllegalStateException("proposal " + id + " ends as " + why + " but is " + p.status);
        }
        audit.record(CASE, id, "終了", why, null, "system");
    }

    public void linkProject(long id, long projectId) {
        Proposal p = load(id);
        p.projectId = projectId;
        p.status = ProposalStatus.TO_AGREEMENT;
        audit.record(CASE, id, "協定へ", "PROJECT_STARTED:" + projectId, null, "system");
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<ProposalView> visibleTo(CurrentUser user) {
        List<Proposal> list = user.isCityWide() ? proposals.findAllByOrderByIdDesc()
                : user.isStaff() ? proposals.findAllByOrderByIdDesc().stream()
                .filter(p -> p.status != ProposalStatus.DRAFT
                        && p.content.departments().stream().anyMatch(user.departments()::contains)).toList()
                : proposals.findByGroupIdInOrderByIdDesc(user.civicGroupIds());
        return list.stream().map(p -> view(p, false)).toList();
    }

    @Transactional(readOnly = true)
    public ProposalView get(CurrentUser user, long id) {
        return view(visible(user, id), true);
    }

    Proposal visible(CurrentUser user, long id) {
        return proposals.findById(id).filter(p -> user.isCityWide() || user.actsFor(p.groupId)
                        || p.status != ProposalStatus.DRAFT && p.content.departments().stream().anyMatch(user.departments()::contains))
                .orElseThrow(() -> new NotFoundException("提案が見つかりません"));
    }

    /** As {@link #own}, with the proposal's row locked until the transaction ends. */
    Proposal ownForUpdate(CurrentUser user, long id) {
        Proposal p = proposals.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("提案が見つかりません"));
        if (!user.actsFor(p.groupId)) {
            throw new NotFoundException("提案が見つかりません");
        }
        return p;
    }

    Proposal own(CurrentUser user, long id) {
        Proposal p = proposals.findById(id).orElseThrow(() -> new NotFoundException("提案が見つかりません"));
        if (!user.actsFor(p.groupId)) {
            throw new NotFoundException("提案が見つかりません");
        }
        return p;
    }

    private ProposalView view(Proposal p, boolean withHistory) {
        OffsetDateTime due = p.status == ProposalStatus.SENT_BACK ? p.correctionDeadline
                : p.status == ProposalStatus.DRAFT ? round(p.roundId).rules.closesAt() : null;
        return new ProposalView(p.id, p.roundId, p.groupId, p.status.name(), p.status.label(), p.status.nextForGroup(),
                due, p.content, p.eligibilityReasons, p.decisionReason, p.reviewDecision, p.conditions, p.projectId,
                p.submittedAt, p.version, withHistory ? audit.history(CASE, p.id) : List.of());
    }

    private boolean hadPreConsultation(long roundId, long groupId, LocalDate cutoff) {
        Integer n = jdbc.queryForObject("select count(*) from pre_consultation where round_id = ? and group_id = ?"
                + " and (cast(? as date) is null or held_on <= ?)", Integer.class, roundId, groupId, cutoff, cutoff);
        return n != null && n > 0;
    }

    private Set<String> departmentIds() {
        return city.departments().stream().map(MunicipalityProperties.Department::id).collect(Collectors.toSet());
    }

    private static BusinessRuleException windowClosed(ProposalRound round) {
        return new BusinessRuleException("募集期間外のため受け付けられません（募集期間：" + JapaneseFormat.day(round.rules.opensAt())
                + "〜" + JapaneseFormat.day(round.rules.closesAt()) + "）");
    }

    /** Drafts may be incomplete, but never unbounded, negative or unstorable. */
    private static void requireStorable(ProposalContent content) {
        List<String> problems = ProposalRules.draftProblems(content);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("提案内容に誤りがあるため保存できません", problems);
        }
    }

    private static void requireActsFor(CurrentUser user, long groupId) {
        if (!user.actsFor(groupId)) {
            throw new ForbiddenException("提案は、その団体の利用者だけが作成・提出できます");
        }
    }

    private static void requireStatus(Proposal p, ProposalStatus expected) {
        if (p.status != expected) {
            throw new BusinessRuleException("この提案は現在「" + p.status.label() + "」のため、この操作はできません");
        }
    }

    ProposalRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("募集が見つかりません"));
    }

    Proposal load(long id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("提案が見つかりません"));
    }
}

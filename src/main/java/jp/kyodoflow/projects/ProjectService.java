package jp.kyodoflow.projects;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.agreements.AgreementDraft;
import jp.kyodoflow.agreements.AgreementService;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.projects.ProjectInputs.Contract;
import jp.kyodoflow.projects.ProjectInputs.Grant;
import jp.kyodoflow.projects.ProjectInputs.NextYear;
import jp.kyodoflow.projects.ProjectInputs.Partner;
import jp.kyodoflow.projects.ProjectInputs.Problem;
import jp.kyodoflow.projects.ProjectInputs.ProposalHandover;
import jp.kyodoflow.projects.ProjectInputs.Started;
import jp.kyodoflow.security.IdentityDirectory;
import jp.kyodoflow.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Honjo collaboration project flow's decisions, each stored in our tables with who and why. */
@Service
@Transactional
public class ProjectService {

    static final String CASE = "PROJECT";

    private final ProjectRepository projects;
    private final GrantRepository grants;
    private final ContractRepository contracts;
    private final ProgressRepository progress;
    private final ReviewRepository reviews;
    private final GroupRegister register;
    private final AgreementService agreements;
    private final AuditTrail audit;
    private final NoticeService notices;
    private final IdentityDirectory identity;
    private final RuleProperties rules;
    private final jp.kyodoflow.committee.ReviewRoundService reviewRounds;
    private final Clock clock;

    ProjectService(jp.kyodoflow.committee.ReviewRoundService reviewRounds, ProjectRepository projects, GrantRepository grants, ContractRepository contracts,
                   ProgressRepository progress, ReviewRepository reviews, GroupRegister register,
                   AgreementService agreements, AuditTrail audit, NoticeService notices, IdentityDirectory identity,
                   RuleProperties rules, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.grants = grants;
        this.contracts = contracts;
        this.progress = progress;
        this.reviews = reviews;
        this.register = register;
        this.agreements = agreements;
        this.audit = audit;
        this.notices = notices;
        this.identity = identity;
        this.rules = rules;
        this.reviewRounds = reviewRounds;
    }

    public Started raiseProblem(Problem p, String raisedBy, List<String> raiserDepartments, String processInstanceId) {
        ProjectValidation.problem(p);
        if (raiserDepartments.size() != 1) {
            throw new BusinessRuleException("担当課を特定できません。課の職員として課題を登録してください"
                    + (raiserDepartments.isEmpty() ? "" : "（複数の課に所属しています：" + String.join("、", raiserDepartments) + "）"));
        }
        CollaborationProject project = projects.save(new CollaborationProject(p.title(), p.problem(), p.evidence(),
                p.field(), "DEPARTMENT", raisedBy, raiserDepartments.get(0), rules.project().maxYears(),
                FiscalYear.current(clock).year(), processInstanceId, OffsetDateTime.now(clock)));
        audit.record(CASE, project.id, "課題の把握・共有", "RAISED", p.problem(), raisedBy);
        return started(project);
    }

    /**
     * The handover port's first half: validates the handover and records the project (status
     * 協議中の準備) before any process exists, so a refusal is the scheme's to see and nothing is started.
     */
    public long recordHandover(ProposalHandover h) {
        CollaborationForm form = CollaborationForm.parse(h.collaborationForm());
        if (form.arrangement() == CollaborationForm.Arrangement.APPROVAL_ONLY
                || form.arrangement() == CollaborationForm.Arrangement.RECORD_ONLY) {
            throw new BusinessRuleException("提案制度から始める事業は、相手方との取り決めが必要な協働のかたちに限られます");
        }
        if (!register.isRegistered(h.groupId())) {
            throw new BusinessRuleException("提案団体が登録団体ではありません");
        }
        CollaborationProject project = new CollaborationProject(h.title(), h.problem(), null, h.field(), "PROPOSAL",
                "proposal:" + h.proposalId(), h.departmentGroup(), rules.project().maxYears(),
                FiscalYear.current(clock).year(), null, OffsetDateTime.now(clock));
        project.proposalId = h.proposalId();
        project.cityShareLimitYen = h.cityShareLimitYen();
        project.partnerGroupId = h.groupId();
        project.collaborationForm = form;
        project.status = ProjectStatus.ARRANGING;
        project = projects.save(project);
        audit.record(CASE, project.id, "協働相手の選定", "CHOSEN_BY_PROPOSAL", "提案番号 " + h.proposalId(), "system");
        return project.id;
    }

    public void linkProcess(long id, String processInstanceId) {
        load(id).processInstanceId = processInstanceId;
    }

    /** Task_OpenProjectFromProposal: the flow of a handed-over project begins from its record. */
    public Started handedOver(long id) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.ARRANGING);
        return started(p);
    }

    public void considerCollaboration(long id, String decision, String reason, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.CONSIDERING);
        ProjectValidation.choice(decision, List.of("YES", "NO"), "協働で取り組むかどうか");
        ProjectValidation.required(reason, "判断の理由");
        if ("NO".equals(decision)) {
            p.status = ProjectStatus.NOT_SUITABLE;
        }
        audit.record(CASE, id, "協働の検討", "YES".equals(decision) ? "SUITABLE" : "NOT_SUITABLE", reason, actor);
    }

    public CollaborationForm selectCollaborationType(long id, String code, String reason, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.CONSIDERING);
        CollaborationForm form = CollaborationForm.parse(code);
        ProjectValidation.required(reason, "選んだ理由");
        p.collaborationForm = form;
        p.status = ProjectStatus.FORM_SELECTED;
        audit.record(CASE, id, "協働のかたちの選択", form.name(), reason, actor);
        return form;
    }

    public void approveEndorsement(long id, String decision, String comment, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.FORM_SELECTED);
        ProjectValidation.choice(decision, List.of("APPROVE", "REJECT"), "後援の可否");
        if ("REJECT".equals(decision)) {
            ProjectValidation.required(comment, "承認しない理由（意見）");
        }
        p.status = "APPROVE".equals(decision) ? ProjectStatus.ENDORSED : ProjectStatus.ENDORSEMENT_REJECTED;
        audit.record(CASE, id, "後援の承認", p.status.name(), comment, actor);
    }

    public void recordInformalCollaboration(long id) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.FORM_SELECTED);
        p.status = ProjectStatus.RECORDED;
        audit.record(CASE, id, "協働のかたちの選択", "RECORDED", p.collaborationForm.label() + "として記録", "system");
    }

    public Partner selectPartner(long id, String groupIdText, String reason, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.FORM_SELECTED);
        long groupId = ProjectValidation.id(groupIdText, "協働相手（登録団体）");
        ProjectValidation.required(reason, "選定理由");
        GroupRegister.GroupSummary group = register.find(groupId).map(GroupRegister.GroupDetail::group)
                .filter(g -> "REGISTERED".equals(g.status()))
                .orElseThrow(() -> new BusinessRuleException("選んだ団体は登録団体ではありません（登録が失効している可能性があります）"));
        p.partnerGroupId = groupId;
        p.status = ProjectStatus.ARRANGING;
        audit.record(CASE, id, "協働相手の選定", "DIRECT_CHOICE:" + groupId, reason, actor);
        notices.toGroup(Roles.civicGroup(groupId), "PARTNER_SELECTED", "協働事業の相手方に選ばれました",
                "「" + p.title + "」の協働相手として選定されました。今後の協議について担当課から連絡します。", CASE, id);
        return new Partner(Roles.civicGroup(groupId), group.name());
    }

    public void decideGrant(long id, Grant g, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.ARRANGING);
        ProjectValidation.period(g.periodFrom(), g.periodTo(), new FiscalYear(p.fiscalYear), "対象期間");
        ProjectValidation.amount(g.amountYen(), "交付決定額");
        ProjectRecords.Grant row = new ProjectRecords.Grant(OffsetDateTime.now(clock));
        row.projectId = id;
        row.fiscalYear = p.fiscalYear;
        row.projectYear = p.projectYear;
        row.amountYen = g.amountYen();
        row.periodFrom = g.periodFrom();
        row.periodTo = g.periodTo();
        row.conditions = g.conditions();
        row.decidedBy = actor;
        grants.save(row);
        p.status = ProjectStatus.RUNNING;
        audit.recordAmount(CASE, id, "補助金の交付決定", "GRANTED", g.conditions(), g.amountYen(), actor);
    }

    public void recordContract(long id, Contract c, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.ARRANGING);
        ProjectValidation.required(c.contractNumber(), "契約番号");
        ProjectValidation.period(c.periodFrom(), c.periodTo(), new FiscalYear(p.fiscalYear), "契約期間");
        ProjectValidation.amount(c.amountYen(), "委託料");
        ProjectRecords.Contract row = new ProjectRecords.Contract(OffsetDateTime.now(clock));
        row.projectId = id;
        row.fiscalYear = p.fiscalYear;
        row.projectYear = p.projectYear;
        row.contractNumber = c.contractNumber();
        row.amountYen = c.amountYen();
        row.periodFrom = c.periodFrom();
        row.periodTo = c.periodTo();
        row.summary = c.summary();
        row.recordedBy = actor;
        contracts.save(row);
        p.status = ProjectStatus.RUNNING;
        audit.recordAmount(CASE, id, "委託契約の記録", "CONTRACTED", c.contractNumber(), c.amountYen(), actor);
    }

    /** @return the id of the agreement version to sign. */
    public long negotiateAgreement(long id, AgreementDraft draft, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.ARRANGING, ProjectStatus.AGREEMENT_SIGNING, ProjectStatus.RUNNING);
        p.requirePartner();
        if (p.cityShareLimitYen != null && draft.cityContribution() != null && draft.cityContribution() > p.cityShareLimitYen) {
            throw new BusinessRuleException("市の負担金（" + JapaneseFormat.yen(draft.cityContribution())
                    + "）が、提案制度で認められた上限（" + JapaneseFormat.yen(p.cityShareLimitYen) + "）を超えています");
        }
        String groupName = register.find(p.partnerGroupId).map(d -> d.group().name()).orElse("団体");
        long agreementId = agreements.draft(id, new FiscalYear(p.fiscalYear), p.projectYear, draft,
                new AgreementService.Parties(identity.displayName(p.departmentGroup), groupName), actor);
        p.status = ProjectStatus.AGREEMENT_SIGNING;
        notices.toGroup(Roles.civicGroup(p.partnerGroupId), "AGREEMENT_TO_SIGN", "協定書の確認をお願いします",
                "「" + p.title + "」の協定書（案）ができました。内容を確認し、署名または修正の依頼をしてください。", CASE, id);
        return agreementId;
    }

    public AgreementService.SignOutcome signAgreement(long id, long agreementId, String party, String decision,
                                                      String signer, String comment) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.AGREEMENT_SIGNING);
        if (!agreements.forAgreement(agreementId).projectId().equals(id)) {
            throw new BusinessRuleException("この協定は、このタスクの事業のものではありません");
        }
        AgreementService.SignOutcome outcome = agreements.sign(agreementId, party, decision, signer, comment);
        if (outcome.fullySigned()) {
            p.status = ProjectStatus.RUNNING;
        }
        return outcome;
    }

    public void recordProgress(long id, String note, String outcome, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.RUNNING);
        ProjectValidation.required(note, "進捗・実施状況");
        ProjectValidation.choice(outcome, List.of("COMPLETED", "AMEND_AGREEMENT"), "次の手続");
        if ("AMEND_AGREEMENT".equals(outcome) && p.collaborationForm.arrangement() != CollaborationForm.Arrangement.AGREEMENT) {
            throw new BusinessRuleException("協定による協働ではないため、協定の変更はできません（" + p.collaborationForm.label() + "）");
        }
        saveProgress(p, "PROGRESS", note, null, null, actor);
        p.status = "COMPLETED".equals(outcome) ? ProjectStatus.EVALUATING : ProjectStatus.RUNNING;
        audit.record(CASE, id, "事業実施", outcome, note, actor);
    }

    public void recordMidtermReview(long id, String progressNote, String issues, String adjustments, String actor) {
        CollaborationProject p = load(id);
        ProjectValidation.required(progressNote, "目標に対する進捗");
        saveProgress(p, "MIDTERM_REVIEW", progressNote, issues, adjustments, actor);
        audit.record(CASE, id, "中間ふりかえり", "REVIEWED", progressNote, actor);
    }

    public void decideContinuation(long id, String decision, String reason, String lessons, String actor) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.EVALUATING, ProjectStatus.REVIEWING);
        ProjectValidation.choice(decision, List.of("CONTINUE", "IMPROVE_AND_CONTINUE", "END"), "継続の判断");
        ProjectValidation.required(reason, "判断の理由");
        ProjectRecords.Review row = new ProjectRecords.Review(OffsetDateTime.now(clock));
        row.projectId = id;
        row.projectYear = p.projectYear;
        row.decision = decision;
        row.reason = reason;
        row.lessons = lessons;
        row.decidedBy = actor;
        reviews.save(row);
        p.status = "END".equals(decision) ? ProjectStatus.ENDED : ProjectStatus.REVIEWING;
        audit.record(CASE, id, "見直し", decision, reason, actor);
        if (p.partnerGroupId != null) {
            notices.toGroup(Roles.civicGroup(p.partnerGroupId), "REVIEW_DECIDED", "協働事業の見直し結果",
                    "「" + p.title + "」の" + p.projectYear + "年目の見直し結果：" + label(decision) + "。理由：" + reason, CASE, id);
        }
    }

    /** Continuing projects start the next fiscal year at 協議, up to the project's maximum years. */
    public NextYear startNextYear(long id) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.REVIEWING);
        if (p.projectYear + 1 > p.maxYears) {
            p.status = ProjectStatus.ENDED_MAX_YEARS;
            audit.record(CASE, id, "見直し", "MAX_YEARS_REACHED", "上限" + p.maxYears + "年に達しました", "system");
            return new NextYear(false, p.projectYear);
        }
        p.projectYear++;
        p.fiscalYear++;
        p.status = ProjectStatus.ARRANGING;
        audit.record(CASE, id, "見直し", "NEXT_YEAR_" + p.projectYear, new FiscalYear(p.fiscalYear).label(), "system");
        return new NextYear(true, p.projectYear);
    }

    /** 第三者評価: a committee round for the project year, its partner group as the "applicant". */
    public long openCommitteeEvaluation(long id) {
        CollaborationProject p = load(id);
        p.requireStatus(ProjectStatus.EVALUATING);
        long roundId = reviewRounds.createEvaluationRound("PJ-" + id + " " + p.title + "（" + p.projectYear + "年目）第三者評価",
                id, p.partnerGroupId, rules.evaluation().configName(), rules.evaluation().members(), "system");
        audit.record(CASE, id, "評価", "COMMITTEE_ROUND:" + roundId, null, "system");
        return roundId;
    }

    @Transactional(readOnly = true)
    public String agreementSummary(long agreementId) {
        var agreement = agreements.forAgreement(agreementId);
        return "事業名：" + load(agreement.projectId()).title + "\n" + agreements.summary(agreementId);
    }

    @Transactional(readOnly = true)
    public int projectYear(long id) {
        return load(id).projectYear;
    }

    @Transactional(readOnly = true)
    public String partnerGroupOf(long id) {
        CollaborationProject p = load(id);
        p.requirePartner();
        return Roles.civicGroup(p.partnerGroupId);
    }

    private void saveProgress(CollaborationProject p, String kind, String note, String issues, String adjustments,
                              String actor) {
        ProjectRecords.Progress row = new ProjectRecords.Progress(OffsetDateTime.now(clock));
        row.projectId = p.id;
        row.projectYear = p.projectYear;
        row.kind = kind;
        row.note = note;
        row.issues = issues;
        row.adjustments = adjustments;
        row.recordedBy = actor;
        progress.save(row);
    }

    private Started started(CollaborationProject p) {
        String partnerGroup = p.partnerGroupId == null ? null : Roles.civicGroup(p.partnerGroupId);
        String partnerName = p.partnerGroupId == null ? null
                : register.find(p.partnerGroupId).map(d -> d.group().name()).orElse(null);
        String fieldLabel = java.util.Arrays.stream(jp.kyodoflow.common.ActivityField.values())
                .filter(f -> f.name().equals(p.field)).map(jp.kyodoflow.common.ActivityField::label).findFirst().orElse(p.field);
        return new Started(p.id, p.departmentGroup, rules.project().midtermReviewAfter().toString(), partnerGroup,
                partnerName, p.collaborationForm == null ? null : p.collaborationForm.name(), "PJ-" + p.id + " " + p.title,
                fieldLabel);
    }

    CollaborationProject load(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("協働事業が見つかりません"));
    }

    static String label(String decision) {
        return switch (decision) {
            case "CONTINUE" -> "継続";
            case "IMPROVE_AND_CONTINUE" -> "改善して継続";
            default -> "終了";
        };
    }
}

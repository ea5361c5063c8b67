package jp.kyodoflow.projects;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.agreements.AgreementService;
import jp.kyodoflow.agreements.AgreementService.AgreementView;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.evaluation.EvaluationService;
import jp.kyodoflow.evaluation.EvaluationService.EvaluationView;
import jp.kyodoflow.projects.events.ProjectCase;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people may read of projects: city-wide roles everything, a department its own
 * department's projects, a civic group the projects it is the partner of.
 */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

    public record ProjectView(Long id, String title, String problem, String evidence, String field, String origin,
                              Long proposalId, String departmentGroup, Long partnerGroupId, String collaborationForm,
                              String collaborationFormLabel, String status, String statusLabel, int projectYear,
                              int maxYears, int fiscalYear, String fiscalYearLabel, String processInstanceId,
                              OffsetDateTime createdAt) {
    }

    public record GrantView(int projectYear, long amountYen, LocalDate periodFrom, LocalDate periodTo,
                            String conditions, String decidedBy, OffsetDateTime decidedAt) {
    }

    public record ContractView(int projectYear, String contractNumber, long amountYen, LocalDate periodFrom,
                               LocalDate periodTo, String summary, String recordedBy) {
    }

    public record ProgressView(int projectYear, String kind, String note, String issues, String adjustments,
                               String recordedBy, OffsetDateTime recordedAt) {
    }

    public record ReviewView(int projectYear, String decision, String reason, String lessons, String decidedBy,
                             OffsetDateTime decidedAt) {
    }

    public record ProjectDetail(ProjectView project, List<GrantView> grants, List<ContractView> contracts,
                                List<ProgressView> progress, List<ReviewView> reviews, List<AgreementView> agreements,
                                List<EvaluationView> evaluations, List<AuditTrail.Entry> history) {
    }

    /**
     * What the city publishes of a collaboration project once both sides have agreed on it (実施中 and after):
     * its name, partner, form, year and state — nothing of its budget, reviews or people.
     */
    public record PublishedProject(Long id, String title, Long partnerGroupId, String collaborationFormLabel,
                                   String fiscalYearLabel, int projectYear, String statusLabel) {
    }

    /** The states in which a project is public: agreed and under way, being evaluated, or ended after it ran. */
    static final java.util.Set<ProjectStatus> PUBLISHED = java.util.EnumSet.of(ProjectStatus.RUNNING,
            ProjectStatus.EVALUATING, ProjectStatus.REVIEWING, ProjectStatus.ENDED, ProjectStatus.ENDED_MAX_YEARS);

    private final ProjectRepository projects;
    private final GrantRepository grants;
    private final ContractRepository contracts;
    private final ProgressRepository progress;
    private final ReviewRepository reviews;
    private final AgreementService agreements;
    private final EvaluationService evaluations;
    private final AuditTrail audit;
    private final EntityManager em;

    ProjectQueries(ProjectRepository projects, GrantRepository grants, ContractRepository contracts,
                   ProgressRepository progress, ReviewRepository reviews, AgreementService agreements,
                   EvaluationService evaluations, AuditTrail audit, EntityManager em) {
        this.em = em;
        this.projects = projects;
        this.grants = grants;
        this.contracts = contracts;
        this.progress = progress;
        this.reviews = reviews;
        this.agreements = agreements;
        this.evaluations = evaluations;
        this.audit = audit;
    }

    /**
     * One page of the projects the person may read, newest first: city-wide roles every one, a department its
     * own, a group those it is the partner of; {@code status} (e.g. RUNNING) narrows it. Two statements a page.
     */
    public Paging.Page<ProjectView> list(CurrentUser user, String status, Paging paging) {
        SqlPage q = SqlPage.from("collaboration_project");
        if (!user.isCityWide()) {
            q.where("t.department_group in (:departments) or t.partner_group_id in (:groups)",
                    "departments", orNone(user.departments()), "groups", orNoneIds(user.civicGroupIds()));
        }
        if (status != null) {
            q.where("t.status = :status", "status", SqlPage.parse(ProjectStatus.class, "status", status).name());
        }
        return q.fetch(em, CollaborationProject.class, "t.id desc", paging).map(ProjectQueries::view);
    }

    /** Every project the person may read (the portal's group pages: a group's projects are few). */
    public List<ProjectView> list(CurrentUser user) {
        List<CollaborationProject> visible = user.isCityWide() ? projects.findAllByOrderByIdDesc()
                : projects.findByDepartmentGroupInOrPartnerGroupIdInOrderByIdDesc(
                        orNone(user.departments()), orNoneIds(user.civicGroupIds()));
        return visible.stream().map(ProjectQueries::view).toList();
    }

    /** The published projects (see {@link PublishedProject}), newest fiscal year first; anyone may read them. */
    public List<PublishedProject> published() {
        return projects.findByStatusInOrderByFiscalYearDescIdDesc(PUBLISHED).stream()
                .map(p -> { ProjectView v = view(p);
                    return new PublishedProject(v.id(), v.title(), v.partnerGroupId(), v.collaborationFormLabel(),
                            v.fiscalYearLabel(), v.projectYear(), v.statusLabel()); })
                .toList();
    }

    public ProjectDetail detail(CurrentUser user, long id) {
        CollaborationProject p = visible(user, id);
        return new ProjectDetail(view(p),
                grants.findByProjectIdOrderByIdAsc(id).stream().map(g -> new GrantView(g.projectYear, g.amountYen,
                        g.periodFrom, g.periodTo, g.conditions, g.decidedBy, g.decidedAt)).toList(),
                contracts.findByProjectIdOrderByIdAsc(id).stream().map(c -> new ContractView(c.projectYear,
                        c.contractNumber, c.amountYen, c.periodFrom, c.periodTo, c.summary, c.recordedBy)).toList(),
                progress.findByProjectIdOrderByIdAsc(id).stream().map(r -> new ProgressView(r.projectYear, r.kind,
                        r.note, r.issues, r.adjustments, r.recordedBy, r.recordedAt)).toList(),
                reviews.findByProjectIdOrderByIdAsc(id).stream().map(r -> new ReviewView(r.projectYear, r.decision.name(),
                        r.reason, r.lessons, r.decidedBy, r.decidedAt)).toList(),
                agreements.forProject(id), evaluations.forProject(id), audit.history(ProjectCase.TYPE, id, user.isStaff()));
    }

    public List<AgreementView> agreements(CurrentUser user, long id) {
        visible(user, id);
        return agreements.forProject(id);
    }

    public List<EvaluationView> evaluations(CurrentUser user, long id) {
        visible(user, id);
        return evaluations.forProject(id);
    }

    /** The project's current year (1 to its maximum), for the steps of that year. */
    public int projectYear(long id) {
        return projects.require(id).projectYear;
    }

    public ProjectView byProcessInstance(String processInstanceId) {
        return projects.findByProcessInstanceId(processInstanceId).map(ProjectQueries::view).orElseThrow(() -> new NotFoundException("協働事業が見つかりません"));
    }

    private CollaborationProject visible(CurrentUser user, long id) {
        return projects.findById(id).filter(p -> user.isCityWide() || user.departments().contains(p.departmentGroup)
                        || (p.partnerGroupId != null && user.actsFor(p.partnerGroupId)))
                .orElseThrow(() -> new NotFoundException("協働事業が見つかりません"));
    }

    private static List<String> orNone(List<String> list) {
        return list.isEmpty() ? List.of("-") : list;
    }

    private static List<Long> orNoneIds(List<Long> list) {
        return list.isEmpty() ? List.of(-1L) : list;
    }

    static ProjectView view(CollaborationProject p) {
        return new ProjectView(p.id, p.title, p.problem, p.evidence, p.field, p.origin, p.proposalId,
                p.departmentGroup, p.partnerGroupId, p.collaborationForm == null ? null : p.collaborationForm.name(),
                p.collaborationForm == null ? null : p.collaborationForm.label(), p.status.name(), p.status.label(),
                p.projectYear, p.maxYears, p.fiscalYear, new FiscalYear(p.fiscalYear).label(), p.processInstanceId,
                p.createdAt);
    }
}

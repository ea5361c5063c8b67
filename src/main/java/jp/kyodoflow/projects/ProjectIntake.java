package jp.kyodoflow.projects;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import jp.kyodoflow.common.ActivityField;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.projects.ProjectInputs.Problem;
import jp.kyodoflow.projects.ProjectInputs.ProposalHandover;
import jp.kyodoflow.projects.ProjectInputs.Started;
import jp.kyodoflow.projects.events.PartnerChosenByProposal;
import jp.kyodoflow.projects.events.ProblemRaised;
import jp.kyodoflow.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a project comes to be: a department raises a problem (課題の把握・共有), or a proposal scheme
 * hands over one whose partner it chose. Either way the project keeps the rules it started with.
 */
@Service
@Transactional
public class ProjectIntake {

    private final ProjectRepository projects;
    private final GroupRegister register;
    private final RuleProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectIntake(ProjectRepository projects, GroupRegister register, RuleProperties rules,
                  ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.register = register;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Task_RecordProblem: the project belongs to the one department of the person who raised it. */
    public Started raiseProblem(Problem p, String raisedBy, List<String> raiserDepartments, String processInstanceId) {
        ProjectValidation.problem(p);
        if (raiserDepartments.size() != 1) {
            throw new BusinessRuleException("担当課を特定できません。課の職員として課題を登録してください"
                    + (raiserDepartments.isEmpty() ? "" : "（複数の課に所属しています：" + String.join("、", raiserDepartments) + "）"));
        }
        CollaborationProject project = projects.save(new CollaborationProject(p.title(), p.problem(), p.evidence(),
                p.field(), "DEPARTMENT", raisedBy, raiserDepartments.get(0), rules.project().maxYears(),
                FiscalYear.current(clock).year(), processInstanceId, OffsetDateTime.now(clock)));
        events.publishEvent(new ProblemRaised(project.id, project.title, p.problem(), project.departmentGroup, raisedBy));
        return started(project);
    }

    /**
     * The handover port's first half: validates the handover and records the project (status
     * 協議中の準備) before any process exists, so a refusal is the scheme's to see and nothing is started.
     */
    long recordHandover(ProposalHandover h) {
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
        events.publishEvent(new PartnerChosenByProposal(project.id, h.proposalId(), h.groupId(), h.departmentGroup()));
        return project.id;
    }

    void linkProcess(long id, String processInstanceId) {
        projects.require(id).processInstanceId = processInstanceId;
    }

    /** Task_OpenProjectFromProposal: the flow of a handed-over project begins from its record. */
    public Started handedOver(long id) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.ARRANGING);
        return started(p);
    }

    private Started started(CollaborationProject p) {
        String partnerGroup = p.partnerGroupId == null ? null : Roles.civicGroup(p.partnerGroupId);
        String partnerName = p.partnerGroupId == null ? null
                : register.find(p.partnerGroupId).map(d -> d.group().name()).orElse(null);
        String fieldLabel = Arrays.stream(ActivityField.values()).filter(f -> f.name().equals(p.field))
                .map(ActivityField::label).findFirst().orElse(p.field);
        return new Started(p.id, p.departmentGroup, rules.project().midtermReviewAfter().toString(), partnerGroup,
                partnerName, p.collaborationForm == null ? null : p.collaborationForm.name(), "PJ-" + p.id + " " + p.title,
                fieldLabel);
    }
}

package jp.kyodoflow.projects.process;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.evaluation.EvaluationService;
import jp.kyodoflow.projects.CollaborationPlanning;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectIntake;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.projects.ProjectYearCycle;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The service tasks of CollaborationProjectProcess: {@code Task_<Verb>} calls
 * {@code collaborationProjectSteps.<verb>(execution)}; the user tasks are {@link ProjectTasks}.
 */
@Component("collaborationProjectSteps")
public class CollaborationProjectSteps {

    private final ProjectIntake intake;
    private final CollaborationPlanning planning;
    private final ProjectYearCycle yearCycle;
    private final ProjectQueries queries;
    private final EvaluationService evaluations;
    private final EngineAccess engine;

    public CollaborationProjectSteps(ProjectIntake intake, CollaborationPlanning planning, ProjectYearCycle yearCycle,
                                     ProjectQueries queries, EvaluationService evaluations, EngineAccess engine) {
        this.intake = intake;
        this.planning = planning;
        this.yearCycle = yearCycle;
        this.queries = queries;
        this.evaluations = evaluations;
        this.engine = engine;
    }

    /** Task_RecordProblem: the project record, owned by the department of the person who raised it. */
    public void recordProblem(DelegateExecution execution) {
        FormValues v = FormValues.of(execution);
        // who raised it is the start event's initiator, which the engine writes from the login (no form has this key)
        String initiator = Actor.starter(execution, "initiator");
        if (Actor.SYSTEM.equals(initiator)) {
            throw new BusinessRuleException("課題を登録した職員を特定できません。ログインしてから登録してください");
        }
        var started = intake.raiseProblem(new ProjectInputs.Problem(v.text("title"), v.text("problem"),
                v.text("evidence"), v.text("field")), initiator, engine.lookup(initiator).departments(),
                execution.getProcessInstanceId());
        ProjectVariables.write(execution, started);
    }

    /** Task_OpenProjectFromProposal: the project the handover port recorded, under its own key. */
    public void openProjectFromProposal(DelegateExecution execution) {
        ProjectVariables.write(execution, intake.handedOver(project(execution)));
    }

    /** Task_RecordInformalCollaboration. */
    public void recordInformalCollaboration(DelegateExecution execution) {
        planning.recordInformalCollaboration(project(execution));
    }

    /** Task_CompareEvaluations: the group's and the department's self-evaluations side by side. */
    public void compareEvaluations(DelegateExecution execution) {
        long projectId = project(execution);
        execution.setVariable("evaluationComparison",
                evaluations.compareSelfEvaluations(projectId, queries.projectYear(projectId)));
    }

    /** Task_OpenCommitteeEvaluation: a committee round for this project year (成果発表会). */
    public void openCommitteeEvaluation(DelegateExecution execution) {
        execution.setVariable("committeeRoundId", yearCycle.openCommitteeEvaluation(project(execution)));
    }

    /** Task_StartNextYear: the next project year, unless the maximum is reached; this year's answers are cleared. */
    public void startNextYear(DelegateExecution execution) {
        var next = yearCycle.startNextYear(project(execution));
        execution.setVariable("nextYearAllowed", next.allowed());
        execution.setVariable("projectYear", next.projectYear());
        if (next.allowed()) {
            execution.setVariable("agreementStatusNote", next.projectYear() + "年目の協定を作成します（前年度の協定はそのまま残ります）。");
            for (String key : new String[] {"implementationOutcome", "continuationDecision", "groupSignDecision",
                    "citySignDecision", "groupEvaluation", "departmentEvaluation", "committeeEvaluation"}) {
                execution.removeVariable(key);
            }
        }
    }

    private static long project(DelegateExecution execution) {
        return CaseKeys.id(execution, CaseKeys.PROJECT);
    }
}

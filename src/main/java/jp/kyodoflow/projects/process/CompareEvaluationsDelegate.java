package jp.kyodoflow.projects.process;

import jp.kyodoflow.evaluation.EvaluationService;
import jp.kyodoflow.projects.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompareEvaluations: puts both self-evaluations side by side for the mutual evaluation. */
@Component
class CompareEvaluationsDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final EvaluationService evaluations;

    CompareEvaluationsDelegate(ProjectService projects, EvaluationService evaluations) {
        this.projects = projects;
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.PROJECT);
        execution.setVariable("evaluationComparison",
                evaluations.compareSelfEvaluations(projectId, projects.projectYear(projectId)));
    }
}

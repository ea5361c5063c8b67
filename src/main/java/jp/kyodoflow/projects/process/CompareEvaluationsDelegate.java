package jp.kyodoflow.projects.process;

import jp.kyodoflow.evaluation.EvaluationService;
import jp.kyodoflow.projects.ProjectQueries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompareEvaluations: puts both self-evaluations side by side for the mutual evaluation. */
@Component
class CompareEvaluationsDelegate implements JavaDelegate {

    private final ProjectQueries queries;
    private final EvaluationService evaluations;

    CompareEvaluationsDelegate(ProjectQueries queries, EvaluationService evaluations) {
        this.queries = queries;
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.PROJECT);
        execution.setVariable("evaluationComparison",
                evaluations.compareSelfEvaluations(projectId, queries.projectYear(projectId)));
    }
}

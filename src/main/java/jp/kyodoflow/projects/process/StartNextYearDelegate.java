package jp.kyodoflow.projects.process;

import jp.kyodoflow.projects.ProjectYearCycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartNextYear: year counter raised, or the configured maximum of years ends the project. */
@Component
class StartNextYearDelegate implements JavaDelegate {

    private final ProjectYearCycle yearCycle;

    StartNextYearDelegate(ProjectYearCycle yearCycle) {
        this.yearCycle = yearCycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var next = yearCycle.startNextYear(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.PROJECT));
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
}

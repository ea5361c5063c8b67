package jp.kyodoflow.projects.process;

import jp.kyodoflow.projects.ProjectInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;

final class ProjectVariables {
    private ProjectVariables() {
    }

    static void write(DelegateExecution execution, ProjectInputs.Started started) {
        execution.setVariable("projectId", started.projectId());
        execution.setProcessBusinessKey("PJ-" + started.projectId());
        execution.setVariable("departmentGroup", started.departmentGroup());
        execution.setVariable("midtermReviewAfter", started.midtermReviewAfter());
        execution.setVariable("projectYear", 1);
        execution.setVariable("caseLabel", started.caseLabel());
        execution.setVariable("fieldLabel", started.fieldLabel());
        execution.setVariable("agreementStatusNote", "まだ協定はありません。協議の内容から第1版を作成します。");
        if (started.partnerGroup() != null) {
            execution.setVariable("partnerGroup", started.partnerGroup());
            execution.setVariable("partnerGroupName", started.partnerGroupName());
        }
        if (started.collaborationForm() != null) {
            execution.setVariable("collaborationForm", started.collaborationForm());
        }
    }
}

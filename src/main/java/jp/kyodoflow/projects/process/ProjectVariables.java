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
        if (started.partnerGroup() != null) {
            execution.setVariable("partnerGroup", started.partnerGroup());
            execution.setVariable("partnerGroupName", started.partnerGroupName());
        }
        if (started.collaborationForm() != null) {
            execution.setVariable("collaborationForm", started.collaborationForm());
        }
    }
}

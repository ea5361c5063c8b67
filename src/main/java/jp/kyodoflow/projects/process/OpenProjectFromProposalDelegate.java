package jp.kyodoflow.projects.process;

import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectService;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenProjectFromProposal: a proposal scheme chose the partner; the project starts at 協議. */
@Component
class OpenProjectFromProposalDelegate implements JavaDelegate {

    private final ProjectService projects;

    OpenProjectFromProposalDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues v = FormValues.of(execution);
        var started = projects.openFromProposal(new ProjectInputs.ProposalHandover(v.number("proposalId"),
                v.number("groupId"), v.text("departmentGroup"), v.text("title"), v.text("problem"), v.text("field"),
                v.text("collaborationForm"), v.number("cityShareLimitYen")), execution.getProcessInstanceId());
        ProjectVariables.write(execution, started);
    }
}

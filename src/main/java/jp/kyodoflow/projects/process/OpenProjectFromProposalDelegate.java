package jp.kyodoflow.projects.process;

import jp.kyodoflow.projects.ProjectIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenProjectFromProposal: a proposal scheme chose the partner; the project starts at 協議. */
@Component
class OpenProjectFromProposalDelegate implements JavaDelegate {

    private final ProjectIntake intake;

    OpenProjectFromProposalDelegate(ProjectIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProjectVariables.write(execution, intake.handedOver(
                jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.PROJECT)));
    }
}

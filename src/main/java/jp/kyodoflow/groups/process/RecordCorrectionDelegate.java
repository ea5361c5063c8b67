package jp.kyodoflow.groups.process;

import jp.kyodoflow.groups.GroupRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCorrection: the corrected application replaces the previous content. */
@Component
class RecordCorrectionDelegate implements JavaDelegate {

    private final GroupRegistrationService registrations;

    RecordCorrectionDelegate(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.recordCorrection(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.APPLICATION),
                GroupApplicationVariables.read(execution));
        execution.removeVariable("registrationDecision");
        execution.removeVariable("decisionReason");
    }
}

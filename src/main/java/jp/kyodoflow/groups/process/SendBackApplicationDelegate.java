package jp.kyodoflow.groups.process;

import jp.kyodoflow.groups.GroupRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendBackApplication: records the reasons and the correction deadline. */
@Component
class SendBackApplicationDelegate implements JavaDelegate {

    private final GroupRegistrationService registrations;

    SendBackApplicationDelegate(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var result = registrations.sendBack(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.APPLICATION),
                jp.kyodoflow.workflow.Actor.current(), (String) execution.getVariable("decisionReason"));
        execution.setVariable("sendBackReason", execution.getVariable("decisionReason"));
        execution.setVariable("correctionDeadline", java.util.Date.from(result.deadline().toInstant()));
        execution.setVariable("correctionReminderAt", java.util.Date.from(result.reminderAt().toInstant()));
    }
}

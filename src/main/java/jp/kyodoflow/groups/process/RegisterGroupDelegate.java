package jp.kyodoflow.groups.process;

import jp.kyodoflow.groups.GroupRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterGroup: enters the group in the register and gives its users a login group. */
@Component
class RegisterGroupDelegate implements JavaDelegate {

    private final GroupRegistrationService registrations;

    RegisterGroupDelegate(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var group = registrations.register(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.APPLICATION),
                jp.kyodoflow.workflow.Actor.current(), (String) execution.getVariable("decisionReason"));
        execution.setVariable("civicGroupId", group.id());
        execution.setVariable("registrationNumber", group.registrationNumber());
    }
}

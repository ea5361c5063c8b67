package jp.kyodoflow.groups.process;

import jp.kyodoflow.groups.GroupRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefuseApplication: 不受理 with reasons and a notice. */
@Component
class RefuseApplicationDelegate implements JavaDelegate {

    private final GroupRegistrationService registrations;

    RefuseApplicationDelegate(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.refuse(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.APPLICATION), jp.kyodoflow.workflow.Actor.current(),
                (String) execution.getVariable("decisionReason"));
    }
}

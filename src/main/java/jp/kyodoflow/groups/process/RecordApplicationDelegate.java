package jp.kyodoflow.groups.process;

import jp.kyodoflow.groups.GroupRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordApplication: stores the submitted application. */
@Component
class RecordApplicationDelegate implements JavaDelegate {

    private final GroupRegistrationService registrations;

    RecordApplicationDelegate(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = (String) execution.getVariable("applicantUserId");
        if (applicant == null) {
            throw new jp.kyodoflow.common.BusinessRuleException("申請者を特定できません。ログインしてから申請してください");
        }
        long id = registrations.recordApplication(GroupApplicationVariables.read(execution), applicant,
                execution.getProcessInstanceId());
        execution.setVariable("applicationId", id);
        execution.setProcessBusinessKey("GA-" + id);
        execution.setVariable("caseLabel", "団体登録 " + execution.getVariable("groupName"));
    }
}

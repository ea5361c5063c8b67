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
        // the applicant is the authenticated starter, not the "applicantUserId" variable a request could set
        String applicant = jp.kyodoflow.workflow.Actor.current();
        if (jp.kyodoflow.workflow.Actor.SYSTEM.equals(applicant)) {
            throw new jp.kyodoflow.common.BusinessRuleException("申請者を特定できません。ログインしてから申請してください");
        }
        long id = registrations.recordApplication(GroupApplicationVariables.read(execution), applicant,
                execution.getProcessInstanceId());
        execution.setVariable("applicationId", id);
        execution.setProcessBusinessKey("GA-" + id);
        execution.setVariable("caseLabel", "団体登録 " + execution.getVariable("groupName"));
    }
}

package jp.kyodoflow.groups.process;

import jp.kyodoflow.groups.GroupRegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckRegistrationEligibility: the rules of rules.md §1 with reasons. */
@Component
class CheckRegistrationEligibilityDelegate implements JavaDelegate {

    private final GroupRegistrationService registrations;

    CheckRegistrationEligibilityDelegate(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var result = registrations.checkEligibility(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.APPLICATION));
        execution.setVariable("eligible", result.passed());
        execution.setVariable("eligibilitySummary", result.summary());
    }
}

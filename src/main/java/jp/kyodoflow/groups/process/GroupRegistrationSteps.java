package jp.kyodoflow.groups.process;

import java.util.Date;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The service tasks of GroupRegistrationProcess: {@code Task_<Verb>} calls {@code groupRegistrationSteps.<verb>(execution)}.
 * Each reads the case from its business key, calls one service method and writes the result variables.
 */
@Component("groupRegistrationSteps")
public class GroupRegistrationSteps {

    private final GroupRegistrationService registrations;

    public GroupRegistrationSteps(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Task_RecordApplication: stores the application under its own key, as the person who started the process. */
    public void recordApplication(DelegateExecution execution) {
        // the applicant is the start event's initiator, which the engine writes from the login (no form has this key)
        String applicant = Actor.starter(execution, "applicantUserId");
        if (Actor.SYSTEM.equals(applicant)) {
            throw new BusinessRuleException("申請者を特定できません。ログインしてから申請してください");
        }
        long id = registrations.recordApplication(GroupApplicationVariables.read(execution), applicant,
                execution.getProcessInstanceId());
        execution.setVariable("applicationId", id);
        execution.setProcessBusinessKey("GA-" + id);
        execution.setVariable("caseLabel", "団体登録 " + execution.getVariable("groupName"));
    }

    /** Task_CheckRegistrationEligibility. */
    public void checkRegistrationEligibility(DelegateExecution execution) {
        var result = registrations.checkEligibility(application(execution));
        execution.setVariable("eligible", result.passed());
        execution.setVariable("eligibilitySummary", result.summary());
    }

    /** Task_RegisterGroup: as the coordinator who reviewed the application. */
    public void registerGroup(DelegateExecution execution) {
        var group = registrations.register(application(execution), reviewer(execution), reason(execution));
        execution.setVariable("civicGroupId", group.id());
        execution.setVariable("registrationNumber", group.registrationNumber());
    }

    /** Task_RefuseApplication. */
    public void refuseApplication(DelegateExecution execution) {
        registrations.refuse(application(execution), reviewer(execution), reason(execution));
    }

    /** Task_SendBackApplication: the deadline and the reminder become the correction task's timers. */
    public void sendBackApplication(DelegateExecution execution) {
        var result = registrations.sendBack(application(execution), reviewer(execution), reason(execution));
        execution.setVariable("sendBackReason", reason(execution));
        execution.setVariable("correctionDeadline", Date.from(result.deadline().toInstant()));
        execution.setVariable("correctionReminderAt", Date.from(result.reminderAt().toInstant()));
    }

    /** Task_RecordCorrection: the corrected content replaces the application; the earlier decision is cleared. */
    public void recordCorrection(DelegateExecution execution) {
        registrations.recordCorrection(application(execution), GroupApplicationVariables.read(execution));
        execution.removeVariable("registrationDecision");
        execution.removeVariable("decisionReason");
    }

    /** Task_LapseApplication. */
    public void lapseApplication(DelegateExecution execution) {
        registrations.lapse(application(execution));
    }

    /** Task_RemindCorrection. */
    public void remindCorrection(DelegateExecution execution) {
        registrations.remindCorrection(application(execution));
    }

    private static long application(DelegateExecution execution) {
        return CaseKeys.id(execution, CaseKeys.APPLICATION);
    }

    private static String reviewer(DelegateExecution execution) {
        Object reviewer = execution.getVariable(GroupRegistrationTasks.REVIEWED_BY);
        return reviewer == null ? Actor.SYSTEM : reviewer.toString();
    }

    private static String reason(DelegateExecution execution) {
        return (String) execution.getVariable("decisionReason");
    }
}

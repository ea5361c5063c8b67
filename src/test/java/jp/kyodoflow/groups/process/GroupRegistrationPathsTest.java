package jp.kyodoflow.groups.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegister.GroupSummary;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.groups.GroupRegistrationService.EligibilityResult;
import jp.kyodoflow.groups.GroupRegistrationService.SendBackResult;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.support.Requests;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of GroupRegistrationProcess on a plain engine; the register is a mock. */
class GroupRegistrationPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();

    final GroupRegistrationService registrations = mock(GroupRegistrationService.class);
    final long applicationId = PlainEngine.nextId();
    final GroupApplicationRequest request = Requests.eligibleGroup("佐久緑化クラブ");
    final OffsetDateTime deadline = OffsetDateTime.of(2026, 6, 15, 17, 0, 0, 0, ZoneOffset.ofHours(9));

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("groupRegistrationSteps", new GroupRegistrationSteps(registrations));
        Mocks.register("groupRegistrationTasks", new GroupRegistrationTasks());
        when(registrations.recordApplication(any(), any(), any())).thenReturn(applicationId);
        when(registrations.checkEligibility(applicationId))
                .thenReturn(new EligibilityResult(true, List.of(), "登録要件を満たしています"));
        when(registrations.sendBack(anyLong(), any(), any())).thenReturn(new SendBackResult(deadline, deadline.minusDays(3)));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As GroupRegistrationService.submit: the applicant starts the process with the start form's keys. */
    ProcessInstance apply() {
        return PlainEngine.startAs("applicant3", ProcessKeys.GROUP_REGISTRATION, GroupApplicationVariables.toVariables(request));
    }

    void review(ProcessInstance pi, String decision, String reason) {
        completeAs("coord1", task("Task_ReviewRegistration", pi),
                Map.of("registrationDecision", decision, "decisionReason", reason));
    }

    @Test
    void anEligibleApplicationIsRecordedUnderItsOwnKeyAndRegistered() {
        ProcessInstance pi = apply();

        assertThat(pi).isWaitingAt("Task_ReviewRegistration")
                .hasPassed("Task_RecordApplication", "Task_CheckRegistrationEligibility");
        verify(registrations).recordApplication(request, "applicant3", pi.getId());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo("GA-" + applicationId);
        assertThat(pi).variables().containsEntry("eligible", true)
                .containsEntry("eligibilitySummary", "登録要件を満たしています");
        assertThat(task("Task_ReviewRegistration", pi)).hasCandidateGroup("coordinator");

        when(registrations.register(applicationId, "coord1", "要件を確認しました")).thenReturn(new GroupSummary(77L,
                "R8-0012", "佐久緑化クラブ", "NPO", "代表 太郎", "長野県佐久市銀座1-1-1", 8, List.of("KANKYO"),
                "REGISTERED", null, null));
        review(pi, "REGISTER", "要件を確認しました");

        assertThat(pi).isEnded().hasPassed("Task_RegisterGroup", "EndEvent_Registered");
        verify(registrations).register(applicationId, "coord1", "要件を確認しました");
        assertThat(historicValue(pi, "registrationNumber")).isEqualTo("R8-0012");
        assertThat(historicValue(pi, "civicGroupId")).isEqualTo(77L);
    }

    @Test
    void aRefusalEndsWithTheCoordinatorsReason() {
        ProcessInstance pi = apply();

        review(pi, "REFUSE", "活動の主目的が政治活動です");

        assertThat(pi).isEnded().hasPassed("Task_RefuseApplication", "EndEvent_Refused").hasNotPassed("Task_RegisterGroup");
        verify(registrations).refuse(applicationId, "coord1", "活動の主目的が政治活動です");
        verify(registrations, never()).register(anyLong(), any(), any());
    }

    @Test
    void aSentBackApplicationGoesToTheApplicantAndIsCheckedAndReviewedAgain() {
        ProcessInstance pi = apply();

        review(pi, "SEND_BACK", "会員数と所在地を確認してください");

        assertThat(pi).isWaitingAt("Task_CorrectApplication").hasPassed("Task_SendBackApplication");
        verify(registrations).sendBack(applicationId, "coord1", "会員数と所在地を確認してください");
        assertThat(task("Task_CorrectApplication", pi)).isAssignedTo("applicant3")
                .hasDueDate(Date.from(deadline.toInstant()));
        assertThat(pi).variables().containsEntry("sendBackReason", "会員数と所在地を確認してください");

        completeAs("applicant3", task("Task_CorrectApplication", pi),
                Map.of("memberCount", 9, "baseAddress", "長野県佐久市日の出1-2"));

        assertThat(pi).isWaitingAt("Task_ReviewRegistration").hasPassed("Task_RecordCorrection");
        verify(registrations).recordCorrection(applicationId, Requests.group("佐久緑化クラブ", 9, "長野県佐久市日の出1-2"));
        verify(registrations, times(2)).checkEligibility(applicationId);
        assertThat(pi).variables().doesNotContainKey("registrationDecision").doesNotContainKey("decisionReason");

        when(registrations.register(applicationId, "coord1", "修正を確認しました")).thenReturn(new GroupSummary(78L,
                "R8-0013", "佐久緑化クラブ", "NPO", null, null, 9, List.of(), "REGISTERED", null, null));
        review(pi, "REGISTER", "修正を確認しました");
        assertThat(pi).isEnded().hasPassed("EndEvent_Registered");
    }

    @Test
    void theReminderBeforeTheDeadlineLeavesTheCorrectionOpen() {
        ProcessInstance pi = apply();
        review(pi, "SEND_BACK", "規約の写しを添付してください");

        execute(job("Timer_CorrectionReminder", pi));

        assertThat(pi).isWaitingAt("Task_CorrectApplication").hasPassed("Task_RemindCorrection", "EndEvent_Reminded");
        verify(registrations).remindCorrection(applicationId);
        verify(registrations, never()).lapse(anyLong());
    }

    @Test
    void theCorrectionDeadlineLapsesTheApplication() {
        ProcessInstance pi = apply();
        review(pi, "SEND_BACK", "規約の写しを添付してください");

        execute(job("Timer_CorrectionDeadline", pi));

        assertThat(pi).isEnded().hasPassed("Task_LapseApplication", "EndEvent_Lapsed").hasNotPassed("Task_RecordCorrection");
        verify(registrations).lapse(applicationId);
    }

    /** Gateway_RegistrationDecision has no default: any other decision is an engine error, not a path. */
    @Test
    void aDecisionThatIsNoneOfTheThreeChangesNothing() {
        ProcessInstance pi = apply();

        // refused at the door, in Japanese, before the gateway (whose default is 差し戻す) is reached
        assertThatThrownBy(() -> review(pi, "LATER", "あとで"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("選択肢");

        assertThat(pi).isWaitingAt("Task_ReviewRegistration");
        verify(registrations, never()).register(anyLong(), any(), any());
        verify(registrations, never()).refuse(anyLong(), any(), any());
        verify(registrations, never()).sendBack(anyLong(), any(), any());
    }

    @Test
    void anApplicationNobodyIsLoggedInForIsRefusedBeforeAnythingIsRecorded() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ProcessKeys.GROUP_REGISTRATION,
                GroupApplicationVariables.toVariables(request)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("申請者を特定できません");
        verifyNoInteractions(registrations);
    }

    private static Object historicValue(ProcessInstance pi, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
                .singleResult().getValue();
    }
}

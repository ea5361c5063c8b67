package jp.kyodoflow.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.Requests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of GroupRegistrationProcess, on the real engine and PostgreSQL. */
@IntegrationTest
class GroupRegistrationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired GroupRegistrationService registrations;
    @Autowired GroupRegister register;
    @Autowired NoticeService notices;
    @Autowired Flow flow;

    final CurrentUser applicant = new CurrentUser("applicant3", Set.of(Roles.APPLICANT));

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    ProcessInstance apply(GroupApplicationRequest request) {
        var view = registrations.submit(applicant, request);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + view.id()).singleResult();
    }

    long applicationId(ProcessInstance pi) {
        return (Long) runtime.getVariable(pi.getId(), "applicationId");
    }

    @Test
    void eligibleGroupIsRegisteredWithANumberAndItsUsersGetAGroupLogin() {
        ProcessInstance pi = apply(Requests.eligibleGroup("佐久緑化クラブ"));
        assertThat(pi).isWaitingAt("Task_ReviewRegistration").hasPassed("Task_CheckRegistrationEligibility");
        assertThat(runtime.getVariable(pi.getId(), "eligible")).isEqualTo(true);

        flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "REGISTER", "decisionReason", "要件を確認しました"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Registered");
        long groupId = (Long) BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("civicGroupId").singleResult().getValue();
        var detail = register.find(groupId).orElseThrow();
        assertThat(detail.group().registrationNumber()).matches("R\\d+-\\d{4}");
        assertThat(detail.people()).extracting(GroupRegister.PersonView::name).contains("代表 太郎", "会計 次郎", "会員 三郎");
        assertThat(identity.createUserQuery().memberOfGroup(Roles.civicGroup(groupId)).list())
                .extracting(u -> u.getId()).contains("applicant3", "committee3");
        assertThat(notices.visibleTo(applicant)).anyMatch(n -> n.kind().equals("REGISTERED")
                && n.body().contains(detail.group().registrationNumber()));
    }

    @Test
    void ineligibleApplicationCannotBeRegisteredAndIsCorrectedAfterSendBack() {
        ProcessInstance pi = apply(Requests.group("小さな読書会", 3, "群馬県高崎市1-1"));
        long id = applicationId(pi);
        assertThat(runtime.getVariable(pi.getId(), "eligible")).isEqualTo(false);
        assertThat((String) runtime.getVariable(pi.getId(), "eligibilitySummary"))
                .contains("会員数が5人未満です", "活動拠点が佐久市内にありません");

        assertThatThrownBy(() -> flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "REGISTER")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("登録要件を満たしていないため登録できません");
        assertThat(pi).isWaitingAt("Task_ReviewRegistration");

        flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "SEND_BACK", "decisionReason", "会員数と所在地を確認してください"));
        assertThat(pi).isWaitingAt("Task_CorrectApplication");
        assertThat(flow.task(pi.getId(), "Task_CorrectApplication").getAssignee()).isEqualTo("applicant3");
        assertThat(flow.task(pi.getId(), "Task_CorrectApplication").getDueDate()).isNotNull();

        var corrected = Map.<String, Object>of("memberCount", 6, "baseAddress", "長野県佐久市日の出1-2");
        flow.complete(pi.getId(), "Task_CorrectApplication", "applicant3", corrected);

        assertThat(pi).isWaitingAt("Task_ReviewRegistration").hasPassed("Task_RecordCorrection");
        assertThat(runtime.getVariable(pi.getId(), "eligible")).isEqualTo(true);
        flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1", Map.of("registrationDecision", "REGISTER"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Registered");
        assertThat(registrations.application(applicant, id).history())
                .extracting(e -> e.outcome()).containsSubsequence("SUBMITTED", "FAILED", "SENT_BACK", "RESUBMITTED",
                        "PASSED", "REGISTERED");
    }

    @Test
    void sentBackApplicationIsRemindedThenLapsesAtTheDeadline() {
        ProcessInstance pi = apply(Requests.eligibleGroup("期限切れの会"));
        long id = applicationId(pi);
        flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "SEND_BACK", "decisionReason", "規約の写しを添付してください"));

        flow.fireTimer(pi.getId(), "Timer_CorrectionReminder");
        assertThat(pi).isWaitingAt("Task_CorrectApplication").hasPassed("Task_RemindCorrection");
        assertThat(notices.forCase("GROUP_APPLICATION", id)).extracting(NoticeService.NoticeView::kind)
                .contains("SENT_BACK", "REMINDER");

        flow.fireTimer(pi.getId(), "Timer_CorrectionDeadline");
        assertThat(pi).isEnded().hasPassed("EndEvent_Lapsed");
        assertThat(registrations.application(applicant, id).status()).isEqualTo("LAPSED");
        assertThat(notices.forCase("GROUP_APPLICATION", id)).extracting(NoticeService.NoticeView::kind).contains("LAPSED");
    }

    @Test
    void refusalNeedsAReasonAndEndsWithANotice() {
        ProcessInstance pi = apply(Requests.eligibleGroup("不受理の会"));
        long id = applicationId(pi);
        assertThatThrownBy(() -> flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "REFUSE")))
                .hasMessageContaining("不受理の理由を入力してください");
        assertThat(registrations.application(applicant, id).status()).isEqualTo("SUBMITTED");

        flow.complete(pi.getId(), "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "REFUSE", "decisionReason", "活動の主目的が政治活動です"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
        var view = registrations.application(applicant, id);
        assertThat(view.status()).isEqualTo("REFUSED");
        assertThat(view.decisionReason()).isEqualTo("活動の主目的が政治活動です");
        assertThat(notices.forCase("GROUP_APPLICATION", id)).anyMatch(n -> n.kind().equals("REFUSED"));
    }

    @Test
    void incompleteApplicationIsRefusedAndNothingIsStored() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("GroupRegistrationProcess").count();
        var bad = new GroupApplicationRequest("", "NPO", "代表", "not-an-email", null, "佐久市", 5, null,
                java.util.List.of("UNKNOWN"), java.util.List.of(), java.util.List.of(), true, true, true, true, true,
                true, true, true);
        assertThatThrownBy(() -> registrations.submit(applicant, bad))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("groupName").hasMessageContaining("contactEmail")
                .hasMessageContaining("officers").hasMessageContaining("不明な活動分野");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("GroupRegistrationProcess").count())
                .isEqualTo(before);
        assertThat(registrations.applicationsVisibleTo(applicant)).noneMatch(a -> a.groupName().isEmpty());
    }
}

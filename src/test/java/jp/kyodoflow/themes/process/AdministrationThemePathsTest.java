package jp.kyodoflow.themes.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeSelection;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every gateway path of AdministrationThemeProcess on a plain engine: the department's start form is
 * recorded as its theme, the coordinator forwards or returns it, the approver approves or returns it,
 * and a returned theme goes back to its own department. The theme service is a mock.
 */
class AdministrationThemePathsTest {

    static final String DEPARTMENT = "dept-kosodate";

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();

    final ThemeService themes = mock(ThemeService.class);
    final EngineAccess access = mock(EngineAccess.class);
    final long themeId = PlainEngine.nextId();
    final ThemeInputs.ThemeDraft draft = new ThemeInputs.ThemeDraft(2027, "子どもの居場所づくり", "放課後の居場所が足りない",
            "週3回の居場所の開設", "居場所の運営と見守り", 3_000_000L, 100, LocalDate.of(2027, 4, 1),
            LocalDate.of(2028, 3, 31), "COMMISSION", true);

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("themeSteps", new ThemeSteps(themes, mock(ThemeCalls.class), mock(ThemeSelection.class), access));
        Mocks.register("themeTasks", new ThemeTasks(themes, mock(ThemeCalls.class), mock(ThemeSelection.class),
                mock(ThemeQuestions.class)));
        when(access.lookup("kato")).thenReturn(new CurrentUser("kato", Set.of(DEPARTMENT, "staff")));
        when(themes.record(any(), eq("kato"), eq(List.of(DEPARTMENT)), any())).thenReturn(themeId);
        when(themes.departmentOf(themeId)).thenReturn(DEPARTMENT);
        when(themes.summary(themeId)).thenReturn("TH-" + themeId + " 子どもの居場所づくり（こども課）");
        when(themes.formValuesOf(themeId)).thenReturn(Map.of("returnReason", "上限額の根拠を書いてください"));
        when(themes.review(eq(themeId), eq("FORWARD"), any(), any())).thenReturn(true);
        when(themes.approve(eq(themeId), eq("APPROVE"), any(), any())).thenReturn(true);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** DraftThemeForm's keys, as Tasklist's start form (dates as the form's ISO text). */
    Map<String, Object> startForm(String title) {
        Map<String, Object> v = new HashMap<>();
        v.put("fiscalYear", 2027L);
        v.put("title", title);
        v.put("problem", draft.problem());
        v.put("desiredOutcome", draft.desiredOutcome());
        v.put("expectedWork", draft.expectedWork());
        v.put("budgetCeilingYen", draft.budgetCeilingYen());
        v.put("fundingRate", 100L);
        v.put("periodFrom", "2027-04-01");
        v.put("periodTo", "2028-03-31");
        v.put("collaborationForm", "COMMISSION");
        v.put("preConsultationRequired", true);
        return v;
    }

    ProcessInstance drafted() {
        return PlainEngine.startAs("kato", ProcessKeys.ADMINISTRATION_THEME, startForm(draft.title()));
    }

    void review(ProcessInstance pi, String decision, String comment) {
        completeAs("coord1", task("Task_ReviewTheme", pi), Map.of("reviewDecision", decision, "reviewComment", comment));
    }

    void approve(ProcessInstance pi, String decision, String reason) {
        completeAs("boss1", task("Task_ApproveTheme", pi), Map.of("approvalDecision", decision, "approvalReason", reason));
    }

    void revise(ProcessInstance pi, String title) {
        Map<String, Object> form = startForm(title);
        completeAs("kato", task("Task_ReviseTheme", pi), form);
    }

    @Test
    void theStartRecordsTheThemeOfTheDraftersDepartmentUnderItsOwnKey() {
        ProcessInstance pi = drafted();

        verify(themes).record(draft, "kato", List.of(DEPARTMENT), pi.getId());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo("TH-" + themeId);
        assertThat(pi).isWaitingAt("Task_ReviewTheme").hasPassed("Task_RecordTheme");
        assertThat(pi).variables().containsEntry("themeDepartment", DEPARTMENT)
                .containsEntry("caseLabel", "TH-" + themeId + " 子どもの居場所づくり");
        assertThat(task("Task_ReviewTheme", pi)).hasCandidateGroup("coordinator");
        assertThat(taskService().getVariableLocal(task("Task_ReviewTheme", pi).getId(), "themeSummary"))
                .isEqualTo("TH-" + themeId + " 子どもの居場所づくり（こども課）");
    }

    @Test
    void aForwardedThemeIsApprovedAndEnds() {
        ProcessInstance pi = drafted();

        review(pi, "FORWARD", "内容を確認しました");
        verify(themes).review(themeId, "FORWARD", "内容を確認しました", "coord1");
        assertThat(pi).isWaitingAt("Task_ApproveTheme");
        assertThat(task("Task_ApproveTheme", pi)).hasCandidateGroup("approver");

        approve(pi, "APPROVE", "承認します");

        verify(themes).approve(themeId, "APPROVE", "承認します", "boss1");
        assertThat(pi).isEnded().hasPassed("EndEvent_ThemeApproved").hasNotPassed("Task_ReviseTheme");
    }

    @Test
    void aThemeTheCoordinatorReturnsIsRevisedByItsDepartmentAndReviewedAgain() {
        ProcessInstance pi = drafted();

        review(pi, "RETURN", "上限額の根拠を書いてください");

        assertThat(pi).isWaitingAt("Task_ReviseTheme").hasNotPassed("Task_ApproveTheme");
        assertThat(task("Task_ReviseTheme", pi)).hasCandidateGroup(DEPARTMENT);
        assertThat(taskService().getVariableLocal(task("Task_ReviseTheme", pi).getId(), "returnReason"))
                .isEqualTo("上限額の根拠を書いてください");

        revise(pi, "子どもの居場所づくり（改訂）");
        verify(themes).revise(eq(themeId), eq(new ThemeInputs.ThemeDraft(2027, "子どもの居場所づくり（改訂）", draft.problem(),
                draft.desiredOutcome(), draft.expectedWork(), 3_000_000L, 100, draft.periodFrom(), draft.periodTo(),
                "COMMISSION", true)), eq("kato"));
        assertThat(pi).isWaitingAt("Task_ReviewTheme");

        review(pi, "FORWARD", "修正を確認しました");
        approve(pi, "APPROVE", "承認します");
        assertThat(pi).isEnded().hasPassed("Task_ReviseTheme", "EndEvent_ThemeApproved");
    }

    @Test
    void aThemeTheApproverReturnsIsRevisedAndGoesThroughTheCoordinatorAgain() {
        ProcessInstance pi = drafted();
        review(pi, "FORWARD", "内容を確認しました");

        approve(pi, "RETURN", "期間を見直してください");

        verify(themes).approve(themeId, "RETURN", "期間を見直してください", "boss1");
        assertThat(pi).isWaitingAt("Task_ReviseTheme");
        assertThat(task("Task_ReviseTheme", pi)).hasCandidateGroup(DEPARTMENT);

        revise(pi, draft.title());
        assertThat(pi).isWaitingAt("Task_ReviewTheme");
        review(pi, "FORWARD", "修正を確認しました");
        approve(pi, "APPROVE", "承認します");

        assertThat(pi).isEnded().hasPassed("EndEvent_ThemeApproved");
        verify(themes).revise(eq(themeId), any(), eq("kato"));
    }

    /** The plain engine has production's trust boundary: a key the form does not have is refused. */
    @Test
    void theCoordinatorCannotSetTheGatewaysVariableThemselves() {
        ProcessInstance pi = drafted();

        assertThatThrownBy(() -> completeAs("coord1", task("Task_ReviewTheme", pi),
                Map.of("reviewDecision", "RETURN", "reviewComment", "差戻し", "themeForwarded", true)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("このフォームにない項目")
                .hasMessageContaining("themeForwarded");

        assertThat(pi).isWaitingAt("Task_ReviewTheme");
        verify(themes, never()).review(anyLong(), any(), any(), any());
    }

    @Test
    void aDrafterCannotNameTheDepartmentOnTheStartForm() {
        Map<String, Object> form = startForm(draft.title());
        form.put("themeDepartment", "dept-bosai");

        assertThatThrownBy(() -> PlainEngine.startAs("kato", ProcessKeys.ADMINISTRATION_THEME, form))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("themeDepartment");

        verify(themes, never()).record(any(), any(), any(), any());
    }

    @Test
    void aThemeWithoutADrafterIsNotRecorded() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ProcessKeys.ADMINISTRATION_THEME,
                startForm(draft.title())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ログインしてから");

        verify(themes, never()).record(any(), any(), any(), any());
    }

    /** The service's refusal reaches Tasklist's start form as a refusal (4xx), not as an engine error. */
    @Test
    void theServicesRefusalOfTheDraftersDepartmentLeavesNoCase() {
        when(access.lookup("suzuki")).thenReturn(new CurrentUser("suzuki", Set.of("staff")));
        when(themes.record(any(), eq("suzuki"), eq(List.of()), any()))
                .thenThrow(new ForbiddenException("テーマの作成は、市の担当課の職員が行います"));
        long before = runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ADMINISTRATION_THEME).count();

        assertThatThrownBy(() -> PlainEngine.startAs("suzuki", ProcessKeys.ADMINISTRATION_THEME, startForm(draft.title())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("担当課の職員");

        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ADMINISTRATION_THEME)
                .count()).isEqualTo(before);
    }
}

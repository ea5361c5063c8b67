package jp.kyodoflow.themes.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.support.CalledProcessStub;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeSelection;
import jp.kyodoflow.themes.ThemeSelection.Candidate;
import jp.kyodoflow.themes.ThemeSelection.Option;
import jp.kyodoflow.themes.ThemeSelection.Sheet;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every gateway path of AdministrationCallProcess on a plain engine: the call closes at its timer, the
 * coordinator starts the committees (none when nobody proposed), then each theme of the call has its own
 * outcome in parallel: the approver selects a partner, or the theme's department re-publishes or withdraws
 * it. The services are mocks; the committee's ranking round is a stub.
 */
class AdministrationCallPathsTest {

    static final String KOSODATE = "dept-kosodate";
    static final String BOSAI = "dept-bosai";

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();
    static CalledProcessStub committee;

    final ThemeService themes = mock(ThemeService.class);
    final ThemeCalls calls = mock(ThemeCalls.class);
    final ThemeSelection selection = mock(ThemeSelection.class);
    final long callId = PlainEngine.nextId();
    final long childcare = PlainEngine.nextId();
    final long disaster = PlainEngine.nextId();
    final OffsetDateTime closesAt = OffsetDateTime.of(2027, 6, 30, 17, 0, 0, 0, ZoneOffset.ofHours(9));

    @BeforeAll
    static void stubTheCommittee() {
        committee = CalledProcessStub.deploy(PlainEngine.engine(), ProcessKeys.COMMITTEE_REVIEW);
    }

    @AfterAll
    static void removeTheStub() {
        committee.close();
    }

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("themeSteps", new ThemeSteps(themes, calls, selection, mock(EngineAccess.class)));
        Mocks.register("themeTasks", new ThemeTasks(themes, calls, selection, mock(ThemeQuestions.class)));
        when(calls.readiness(callId)).thenReturn("○ 子どもの居場所づくり：提案 2件");
        when(themes.departmentOf(childcare)).thenReturn(KOSODATE);
        when(themes.departmentOf(disaster)).thenReturn(BOSAI);
        withoutCandidates(childcare, "子どもの居場所づくり", KOSODATE);
        withoutCandidates(disaster, "防災訓練の企画", BOSAI);
        // as the service: the department's decision comes back as it was made
        when(selection.decideFuture(anyLong(), anyLong(), any(), any(), any(), any())).thenAnswer(call -> call.getArgument(2));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    void withoutCandidates(long themeId, String title, String department) {
        when(selection.sheet(callId, themeId)).thenReturn(new Sheet(title, department, List.of(), "基準を満たした提案はありません"));
    }

    void withCandidate(long themeId, long proposalId) {
        when(selection.sheet(callId, themeId)).thenReturn(new Sheet("子どもの居場所づくり", KOSODATE,
                List.of(new Candidate(proposalId, "放課後の居場所", 1, "1位（基準を満たす）")), "1位：PR-" + proposalId));
        when(selection.options(callId, themeId)).thenReturn(List.of(new Option("1位：PR-" + proposalId, String.valueOf(proposalId)),
                new Option("選定しない", ThemeSelection.NONE)));
        when(selection.select(eq(callId), eq(themeId), eq(String.valueOf(proposalId)), any(), any())).thenReturn(true);
    }

    /** As ThemeCalls.publish: started from inside, under the call's key. */
    ProcessInstance published() {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.ADMINISTRATION_CALL, "TC-" + callId,
                Map.of("closesAt", Date.from(closesAt.toInstant()), "caseLabel", "令和9年度 行政提案型"));
    }

    /** Closed at the timer and the coordinator started the committees the service created. */
    ProcessInstance reviewStarted(List<Long> committeeRoundIds, List<Long> themeIds) {
        when(calls.startReview(callId, "coord1")).thenReturn(new ThemeCalls.Review(committeeRoundIds, themeIds));
        ProcessInstance pi = published();
        execute(job("Timer_SubmissionClosed", pi));
        completeAs("coord1", task("Task_StartThemeReview", pi), Map.of("startReview", true));
        return pi;
    }

    List<ProcessInstance> committees(ProcessInstance pi) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
    }

    Task taskOf(ProcessInstance pi, String taskKey, String department) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .taskCandidateGroup(department).singleResult();
    }

    void decide(ProcessInstance pi, String department, Map<String, Object> form) {
        Task t = taskOf(pi, "Task_DecideThemeFuture", department);
        assertThat(t).as("%s's decision", department).isNotNull();
        completeAs("kato", t, form);
    }

    Map<String, Object> republishForm() {
        return Map.of("themeFuture", "REPUBLISH", "newOpensAt", "2027-08-01T09:00+09:00",
                "newClosesAt", "2027-09-30T17:00+09:00", "newQuestionsCloseAt", "2027-09-10T17:00+09:00",
                "newPreConsultationCutoff", "2027-09-01", "futureReason", "提案がなかったため");
    }

    @Test
    void theCallClosesAtItsDeadlineAndTheCoordinatorStartsTheCommittee() {
        ProcessInstance pi = published();

        assertThat(pi).isWaitingAt("Timer_SubmissionClosed");
        assertThat(job("Timer_SubmissionClosed", pi).getDuedate()).isEqualTo(Date.from(closesAt.toInstant()));
        execute(job("Timer_SubmissionClosed", pi));

        verify(calls).close(callId);
        assertThat(pi).isWaitingAt("Task_StartThemeReview");
        assertThat(task("Task_StartThemeReview", pi)).hasCandidateGroup("coordinator");
        assertThat(taskService().getVariableLocal(task("Task_StartThemeReview", pi).getId(), "readinessSummary"))
                .isEqualTo("○ 子どもの居場所づくり：提案 2件");
    }

    @Test
    void theCommitteeIsNotStartedWithoutTheCoordinatorsConfirmation() {
        ProcessInstance pi = published();
        execute(job("Timer_SubmissionClosed", pi));

        assertThatThrownBy(() -> completeAs("coord1", task("Task_StartThemeReview", pi), Map.of("startReview", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("審査会を開始する");

        assertThat(pi).isWaitingAt("Task_StartThemeReview");
        verify(calls, never()).startReview(anyLong(), any());
    }

    /** The plain engine has production's trust boundary: a key the form does not have is refused. */
    @Test
    void theCoordinatorCannotChooseTheThemesOrRoundsThemselves() {
        ProcessInstance pi = published();
        execute(job("Timer_SubmissionClosed", pi));

        assertThatThrownBy(() -> completeAs("coord1", task("Task_StartThemeReview", pi),
                Map.of("startReview", true, "themeIds", PlainEngine.json(List.of(99L)))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("このフォームにない項目")
                .hasMessageContaining("themeIds");

        assertThat(pi).isWaitingAt("Task_StartThemeReview");
        verify(calls, never()).startReview(anyLong(), any());
    }

    @Test
    void withoutProposalsEveryThemeGoesToItsDepartmentWhichRepublishesIt() {
        ProcessInstance pi = reviewStarted(List.of(), List.of(childcare, disaster));

        assertThat(pi).hasNotPassed("CallActivity_CommitteeReview");
        assertThat(committees(pi)).isEmpty();
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SelectThemePartner")
                .count()).isZero();
        decide(pi, KOSODATE, republishForm());
        decide(pi, BOSAI, republishForm());

        // the new call starts another case: an async job of each theme's own instance
        verify(selection, never()).republish(anyLong(), anyLong(), any());
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Task_RepublishTheme").count()).isEqualTo(2);
        PlainEngine.runAsyncJobs(pi);

        ArgumentCaptor<ThemeInputs.Window> window = ArgumentCaptor.forClass(ThemeInputs.Window.class);
        verify(selection).republish(eq(callId), eq(childcare), window.capture());
        verify(selection).republish(eq(callId), eq(disaster), any());
        assertThat(window.getValue().closesAt().toInstant())
                .isEqualTo(OffsetDateTime.of(2027, 9, 30, 17, 0, 0, 0, ZoneOffset.ofHours(9)).toInstant());
        assertThat(window.getValue().preConsultationCutoff()).hasToString("2027-09-01");
        verify(calls).finish(callId);
        assertThat(pi).isEnded().hasPassed("Task_RepublishTheme", "EndEvent_ThemeRepublished", "Task_FinishCall",
                "EndEvent_CallDone").hasNotPassed("EndEvent_ThemeWithdrawn");
    }

    @Test
    void theApproverSelectsAPartnerFromTheCommitteesRanking() {
        long roundId = PlainEngine.nextId();
        withCandidate(childcare, 501L);
        ProcessInstance pi = reviewStarted(List.of(roundId), List.of(childcare));

        ProcessInstance round = committee.calledBy(pi);
        assertThat(round.getBusinessKey()).isEqualTo("TC-" + callId);
        assertThat(runtimeService().getVariable(round.getId(), "roundId")).isEqualTo(roundId);
        committee.finish(round, Map.of());

        Task select = task("Task_SelectThemePartner", pi);
        assertThat(select).hasCandidateGroup("approver");
        assertThat(taskService().getVariableLocal(select.getId(), "rankingSummary")).isEqualTo("1位：PR-501");
        completeAs("boss1", select, Map.of("partner", "501", "selectionReason", ""));

        verify(selection).select(eq(callId), eq(childcare), eq("501"), any(), eq("boss1"));
        verify(calls).finish(callId);
        assertThat(pi).isEnded().hasPassed("EndEvent_PartnerSelected", "Task_FinishCall")
                .hasNotPassed("Task_DecideThemeFuture");
    }

    @Test
    void whenTheApproverSelectsNoneTheDepartmentWithdrawsTheTheme() {
        long roundId = PlainEngine.nextId();
        withCandidate(childcare, 502L);
        ProcessInstance pi = reviewStarted(List.of(roundId), List.of(childcare));
        committee.finish(committee.calledBy(pi), Map.of());

        completeAs("boss1", task("Task_SelectThemePartner", pi), Map.of("partner", "NONE", "selectionReason", "事業費が見合わない"));
        verify(selection).select(callId, childcare, "NONE", "事業費が見合わない", "boss1");

        assertThat(task("Task_DecideThemeFuture", pi)).hasCandidateGroup(KOSODATE);
        decide(pi, KOSODATE, Map.of("themeFuture", "WITHDRAW", "futureReason", "需要を見直す"));

        verify(selection).decideFuture(eq(callId), eq(childcare), eq("WITHDRAW"), any(), eq("需要を見直す"), eq("kato"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ThemeWithdrawn", "Task_FinishCall").hasNotPassed("Task_RepublishTheme");
        verify(selection, never()).republish(anyLong(), anyLong(), any());
    }

    /** CALL scope: one committee ranks both themes' proposals; each theme then has its own outcome. */
    @Test
    void twoThemesOfOneCallKeepTheirOwnOutcomes() {
        long roundId = PlainEngine.nextId();
        withCandidate(childcare, 503L);
        ProcessInstance pi = reviewStarted(List.of(roundId), List.of(childcare, disaster));
        assertThat(committees(pi)).hasSize(1);
        committee.finish(committee.calledBy(pi), Map.of());

        // the disaster theme had no passing proposal: its own department decides, while childcare is being selected
        assertThat(taskOf(pi, "Task_SelectThemePartner", "approver")).isNotNull();
        assertThat(taskOf(pi, "Task_DecideThemeFuture", KOSODATE)).isNull();
        decide(pi, BOSAI, Map.of("themeFuture", "WITHDRAW", "futureReason", "訓練は直営で行う"));
        assertThat(pi).isWaitingAt("Task_SelectThemePartner");

        completeAs("boss1", task("Task_SelectThemePartner", pi), Map.of("partner", "503", "selectionReason", ""));

        verify(selection).decideFuture(eq(callId), eq(disaster), eq("WITHDRAW"), any(), eq("訓練は直営で行う"), eq("kato"));
        verify(selection, never()).decideFuture(eq(callId), eq(childcare), any(), any(), any(), any());
        verify(selection).select(eq(callId), eq(childcare), eq("503"), any(), eq("boss1"));
        verify(selection, never()).select(eq(callId), eq(disaster), any(), any(), any());
        assertThat(pi).isEnded().hasPassed("EndEvent_PartnerSelected", "EndEvent_ThemeWithdrawn", "Task_FinishCall");
    }

    /** THEME scope: one committee per theme, each with its own round id. */
    @Test
    void eachCommitteeRoundIsItsOwnCommittee() {
        long first = PlainEngine.nextId();
        long second = PlainEngine.nextId();
        ProcessInstance pi = reviewStarted(List.of(first, second), List.of(childcare, disaster));

        List<ProcessInstance> rounds = committees(pi);
        assertThat(rounds).hasSize(2);
        assertThat(rounds).extracting(r -> runtimeService().getVariable(r.getId(), "roundId"))
                .containsExactlyInAnyOrder(first, second);
        committee.finish(rounds.get(0), Map.of());
        assertThat(pi).isWaitingAt("CallActivity_CommitteeReview");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

        committee.finish(rounds.get(1), Map.of());
        assertThat(taskOf(pi, "Task_DecideThemeFuture", KOSODATE)).isNotNull();
        assertThat(taskOf(pi, "Task_DecideThemeFuture", BOSAI)).isNotNull();
    }
}

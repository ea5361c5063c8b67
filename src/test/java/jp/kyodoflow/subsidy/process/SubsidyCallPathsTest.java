package jp.kyodoflow.subsidy.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static jp.kyodoflow.support.PlainEngine.runAsyncJobs;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.subsidy.SubsidyAwardSteps;
import jp.kyodoflow.subsidy.SubsidyCallSteps;
import jp.kyodoflow.subsidy.SubsidyCasework;
import jp.kyodoflow.support.CalledProcessStub;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SubsidyCallProcess on a plain engine: the call closes at its timer, the programmes' coordinators start the
 * committee (or there is none to start), the committee's round (a stub) ranks, and its results are released.
 */
class SubsidyCallPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();
    static CalledProcessStub committee;

    final SubsidyCallSteps calls = mock(SubsidyCallSteps.class);
    final long callId = PlainEngine.nextId();
    final OffsetDateTime closesAt = OffsetDateTime.of(2027, 5, 31, 17, 0, 0, 0, ZoneOffset.ofHours(9));

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
        SubsidyCasework casework = mock(SubsidyCasework.class);
        SubsidyAwardSteps awards = mock(SubsidyAwardSteps.class);
        jp.kyodoflow.security.EngineAccess access = mock(jp.kyodoflow.security.EngineAccess.class);
        Mocks.register("subsidySteps", new SubsidySteps(casework, calls, awards, access));
        Mocks.register("subsidyTasks", new SubsidyTasks(casework, calls, awards));
        when(calls.readiness(callId)).thenReturn("要件審査済み 4件／要件審査待ち 0件");
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As the service's open call: started from inside, under the call's key. */
    ProcessInstance opened() {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.SUBSIDY_CALL, "SC-" + callId,
                Map.of("closesAt", Date.from(closesAt.toInstant()), "callCoordinators", "dept-koho,dept-mochizuki",
                        "caseLabel", "令和9年度 市民活動補助金"));
    }

    ProcessInstance closed() {
        ProcessInstance pi = opened();
        assertThat(pi).isWaitingAt("Timer_CallCloses");
        assertThat(job("Timer_CallCloses", pi).getDuedate()).isEqualTo(Date.from(closesAt.toInstant()));
        execute(job("Timer_CallCloses", pi));
        verify(calls).close(callId);
        return pi;
    }

    @Test
    void theCallClosesAtItsTimerAndWithoutCommitteeTracksEndsThere() {
        ProcessInstance pi = closed();

        Task start = task("Task_StartSubsidyReview", pi);
        assertThat(start).hasCandidateGroup("dept-koho");
        assertThat(start).hasCandidateGroup("dept-mochizuki");
        assertThat(taskService().getVariableLocal(start.getId(), "readinessSummary")).isEqualTo("要件審査済み 4件／要件審査待ち 0件");
        when(calls.startReview(callId, "coord1")).thenReturn(null);
        completeAs("coord1", start, Map.of("startReview", true));

        verify(calls).startReview(callId, "coord1");
        assertThat(pi).isEnded().hasPassed("EndEvent_NoCommittee").hasNotPassed("CallActivity_CommitteeReview");
        verify(calls, never()).releaseResults(anyLong());
    }

    @Test
    void theCommitteeRanksTheApplicationsAndTheirResultsAreReleased() {
        long roundId = PlainEngine.nextId();
        when(calls.startReview(callId, "coord1")).thenReturn(roundId);
        ProcessInstance pi = closed();
        completeAs("coord1", task("Task_StartSubsidyReview", pi), Map.of("startReview", true));

        ProcessInstance round = committee.calledBy(pi);
        assertThat(round.getBusinessKey()).isEqualTo("SC-" + callId);
        assertThat(runtimeService().getVariable(round.getId(), "roundId")).isEqualTo(roundId);
        verify(calls, never()).releaseResults(anyLong());
        committee.finish(round, Map.of());

        assertThat(pi).isWaitingAt("Task_ReleaseResults");
        runAsyncJobs(pi);
        verify(calls).releaseResults(callId);
        assertThat(pi).isEnded().hasPassed("CallActivity_CommitteeReview", "EndEvent_Reviewed");
    }

    @Test
    void theCommitteeDoesNotStartWithoutTheConfirmationOrWhileApplicationsWait() {
        ProcessInstance pi = closed();

        assertThatThrownBy(() -> completeAs("coord1", task("Task_StartSubsidyReview", pi), Map.of("startReview", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("審査会を開始する");
        verify(calls, never()).startReview(anyLong(), any());

        when(calls.startReview(callId, "coord1")).thenThrow(new BusinessRuleException("要件審査を待っている申請があります"));
        assertThatThrownBy(() -> completeAs("coord1", task("Task_StartSubsidyReview", pi), Map.of("startReview", true)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("要件審査を待っている");
        assertThat(pi).isWaitingAt("Task_StartSubsidyReview");
    }
}

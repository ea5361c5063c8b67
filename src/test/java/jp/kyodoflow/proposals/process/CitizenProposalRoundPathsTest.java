package jp.kyodoflow.proposals.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static jp.kyodoflow.support.PlainEngine.json;
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
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.support.CalledProcessStub;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every gateway path of CitizenProposalRoundProcess on a plain engine: the call closes at its timer, the
 * coordinator starts the committee, the round's decisions come back from the committee and are handed
 * out, with or without the council's budget vote. The round service is a mock; the committee round it
 * calls is a stub that hands back decisions as CommitteeSteps.publish writes them.
 */
class CitizenProposalRoundPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();
    static CalledProcessStub committee;

    final ProposalRoundService rounds = mock(ProposalRoundService.class);
    final long callId = PlainEngine.nextId();
    final long committeeRoundId = PlainEngine.nextId();
    final OffsetDateTime closesAt = OffsetDateTime.of(2026, 6, 30, 17, 0, 0, 0, ZoneOffset.ofHours(9));

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
        Mocks.register("proposalRoundSteps", new ProposalRoundSteps(rounds));
        Mocks.register("proposalRoundTasks", new ProposalRoundTasks(rounds));
        when(rounds.readiness(callId)).thenReturn("○ PR-12 学習支援教室（審査待ち）\n○ の提案を審査会で審査します。");
        when(rounds.startCommitteeReview(callId, "coord1")).thenReturn(committeeRoundId);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As ProposalRoundService.create: started from inside, under the call's key. */
    ProcessInstance opened(boolean budgetVoteRequired) {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.CITIZEN_PROPOSAL_ROUND, "CALL-" + callId,
                Map.of("roundId", callId, "closesAt", Date.from(closesAt.toInstant()),
                        "budgetVoteRequired", budgetVoteRequired, "caseLabel", "令和8年度 市民提案型"));
    }

    /** The call closed, the committee started and back with its decisions. */
    ProcessInstance reviewed(boolean budgetVoteRequired) {
        ProcessInstance pi = opened(budgetVoteRequired);
        execute(job("Timer_SubmissionClosed", pi));
        completeAs("coord1", task("Task_StartCommitteeReview", pi), Map.of("startReview", true));
        committee.finish(committee.calledBy(pi), Map.of("reviewDecisions", json(List.of(
                new ReviewRoundService.Decision(501L, "CITIZEN_PROPOSAL", 12L, "ADOPT_WITH_CONDITIONS", "予算を精査すること"),
                new ReviewRoundService.Decision(502L, "CITIZEN_PROPOSAL", 13L, "REJECT", null)))));
        return pi;
    }

    @Test
    void theCallClosesAtItsDeadlineAndTheCoordinatorStartsTheCommittee() {
        ProcessInstance pi = opened(false);

        assertThat(pi).isWaitingAt("Timer_SubmissionClosed");
        assertThat(job("Timer_SubmissionClosed", pi).getDuedate()).isEqualTo(Date.from(closesAt.toInstant()));
        execute(job("Timer_SubmissionClosed", pi));

        verify(rounds).close(callId);
        assertThat(pi).isWaitingAt("Task_StartCommitteeReview");
        assertThat(task("Task_StartCommitteeReview", pi)).hasCandidateGroup("coordinator");
        assertThat(taskService().getVariableLocal(task("Task_StartCommitteeReview", pi).getId(), "readinessSummary"))
                .asString().contains("PR-12 学習支援教室");

        completeAs("coord1", task("Task_StartCommitteeReview", pi), Map.of("startReview", true));

        verify(rounds).startCommitteeReview(callId, "coord1");
        assertThat(pi).isWaitingAt("CallActivity_CommitteeReview");
        ProcessInstance round = committee.calledBy(pi);
        assertThat(round.getBusinessKey()).isEqualTo("CALL-" + callId);
        assertThat(runtimeService().getVariable(round.getId(), "roundId")).isEqualTo(committeeRoundId);
    }

    @Test
    void theCommitteeIsNotStartedWithoutTheCoordinatorsConfirmation() {
        ProcessInstance pi = opened(false);
        execute(job("Timer_SubmissionClosed", pi));

        assertThatThrownBy(() -> completeAs("coord1", task("Task_StartCommitteeReview", pi), Map.of("startReview", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("審査会を開始する");

        assertThat(pi).isWaitingAt("Task_StartCommitteeReview");
        verify(rounds, never()).startCommitteeReview(anyLong(), any());
    }

    /** The plain engine has production's trust boundary: a key the form does not have is refused. */
    @Test
    void theCoordinatorCannotHandTheCommitteeARoundOfTheirChoice() {
        ProcessInstance pi = opened(false);
        execute(job("Timer_SubmissionClosed", pi));

        assertThatThrownBy(() -> completeAs("coord1", task("Task_StartCommitteeReview", pi),
                Map.of("startReview", true, "committeeRoundId", 99L)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("このフォームにない項目").hasMessageContaining("committeeRoundId");

        assertThat(pi).isWaitingAt("Task_StartCommitteeReview");
        verify(rounds, never()).startCommitteeReview(anyLong(), any());
    }

    @Test
    void withoutABudgetVoteTheCallEndsOnceTheDecisionsAreHandedOut() {
        ProcessInstance pi = reviewed(false);

        verify(rounds).distributeDecisions(callId, List.of(
                new ProposalRoundService.Decision("CITIZEN_PROPOSAL", 12L, "ADOPT_WITH_CONDITIONS", "予算を精査すること"),
                new ProposalRoundService.Decision("CITIZEN_PROPOSAL", 13L, "REJECT", null)));
        assertThat(pi).isEnded().hasPassed("Task_DistributeDecisions", "EndEvent_RoundDone").hasNotPassed("Task_RecordBudgetVote");
        verify(rounds, never()).distributeBudgetVote(anyLong());
    }

    @Test
    void withABudgetVoteTheCoordinatorRecordsItAndItIsHandedOut() {
        ProcessInstance pi = reviewed(true);

        assertThat(pi).isWaitingAt("Task_RecordBudgetVote");
        assertThat(task("Task_RecordBudgetVote", pi)).hasCandidateGroup("coordinator");
        completeAs("coord1", task("Task_RecordBudgetVote", pi),
                Map.of("budgetVote", "APPROVED", "voteDate", "2027-03-20", "budgetVoteNote", "3月定例会で可決"));

        verify(rounds).recordBudgetVote(callId, "APPROVED", "3月定例会で可決", "coord1");
        verify(rounds).distributeBudgetVote(callId);
        assertThat(pi).isEnded().hasPassed("Task_DistributeBudgetVote", "EndEvent_RoundDone");
    }
}

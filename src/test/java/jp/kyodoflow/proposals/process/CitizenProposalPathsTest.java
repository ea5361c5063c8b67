package jp.kyodoflow.proposals.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static jp.kyodoflow.support.PlainEngine.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.proposals.Deadline;
import jp.kyodoflow.proposals.DepartmentOpinions;
import jp.kyodoflow.proposals.ProposalDecisions;
import jp.kyodoflow.proposals.ProposalHandover;
import jp.kyodoflow.proposals.ProposalInputs.DepartmentOpinion;
import jp.kyodoflow.proposals.ProposalScreening;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every gateway path of CitizenProposalProcess on a plain engine: 要件審査 (accepted, sent back and
 * corrected, reminded and lapsed, not accepted), the departments' opinions (given, reminded, escalated),
 * the committee's decision as the round hands it over (adopted, with conditions revised until accepted,
 * rejected) and the budget vote (none, passed, rejected). The proposal services are mocks.
 */
class CitizenProposalPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();

    static final List<String> DEPARTMENTS = List.of("dept-kosodate", "dept-bosai");

    final ProposalScreening screening = mock(ProposalScreening.class);
    final DepartmentOpinions opinions = mock(DepartmentOpinions.class);
    final ProposalDecisions decisions = mock(ProposalDecisions.class);
    final ProposalHandover handover = mock(ProposalHandover.class);
    final long proposalId = PlainEngine.nextId();
    final OffsetDateTime due = OffsetDateTime.of(2026, 7, 1, 17, 0, 0, 0, ZoneOffset.ofHours(9));

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("proposalSteps", new ProposalSteps(screening, opinions, decisions, handover));
        Mocks.register("proposalTasks", new ProposalTasks(screening, opinions, decisions));
        when(screening.checkEligibility(proposalId)).thenReturn(List.of());
        when(screening.summary(proposalId)).thenReturn("提案名：学習支援教室");
        when(screening.sendBack(proposalId)).thenReturn(new Deadline(due, due.minusDays(3)));
        when(opinions.departmentsOf(proposalId)).thenReturn(DEPARTMENTS);
        when(opinions.opinionDeadline()).thenReturn(new Deadline(due, due.minusDays(2)));
        when(handover.startProject(proposalId)).thenReturn(4711L);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As ProposalService.submit: started from inside, under the proposal's key. */
    ProcessInstance submitted(boolean budgetVoteRequired) {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.CITIZEN_PROPOSAL, "PR-" + proposalId,
                Map.of("proposalId", proposalId, "groupCamunda", "group-7", "caseLabel", "PR-" + proposalId + " 学習支援教室",
                        "budgetVoteRequired", budgetVoteRequired));
    }

    void confirmEligibility(ProcessInstance pi, String decision, String reason) {
        completeAs("coord1", task("Task_ConfirmEligibility", pi),
                reason == null ? Map.of("eligibilityDecision", decision) : Map.of("eligibilityDecision", decision, "eligibilityReason", reason));
    }

    static Task opinionTask(ProcessInstance pi, String department) {
        return task(taskQuery().taskDefinitionKey("Task_GiveOpinion").taskCandidateGroup(department), pi);
    }

    void giveOpinions(ProcessInstance pi) {
        completeAs("kosodate1", opinionTask(pi, "dept-kosodate"), Map.of("feasibility", "FEASIBLE", "roleFit", "APPROPRIATE",
                "budgetAvailability", "AVAILABLE", "opinionComments", "既存事業と連携できる"));
        completeAs("bosai1", opinionTask(pi, "dept-bosai"), Map.of("feasibility", "CONDITIONAL", "roleFit", "NEEDS_ADJUSTMENT",
                "budgetAvailability", "PARTIAL"));
        runAsyncJobs(pi);
    }

    /** Submitted, accepted, both departments' opinions in: waiting for the committee's decision. */
    ProcessInstance awaitingDecision(boolean budgetVoteRequired) {
        ProcessInstance pi = submitted(budgetVoteRequired);
        confirmEligibility(pi, "ELIGIBLE", null);
        giveOpinions(pi);
        return pi;
    }

    /** As ProposalRoundService.distributeDecisions hands a decision to the proposal's case. */
    void decided(String decision, String conditions) {
        runtimeService().createMessageCorrelation(ProcessKeys.MSG_PROPOSAL_REVIEW_DECIDED)
                .processInstanceBusinessKey("PR-" + proposalId)
                .setVariable("reviewDecision", decision).setVariable("conditions", conditions == null ? "" : conditions)
                .correlateWithResult();
    }

    /** As ProposalRoundService.distributeBudgetVote. */
    void budgetVoted(boolean approved) {
        runtimeService().createMessageCorrelation(ProcessKeys.MSG_BUDGET_VOTED).processInstanceBusinessKey("PR-" + proposalId)
                .setVariable("budgetApproved", approved).correlateWithResult();
    }

    @Test
    void aProposalThatIsNotAcceptedEndsWithTheReason() {
        ProcessInstance pi = submitted(false);

        assertThat(pi).isWaitingAt("Task_ConfirmEligibility").hasPassed("Task_CheckProposalEligibility");
        assertThat(pi).variables().containsEntry("proposalSummary", "提案名：学習支援教室")
                .containsEntry("eligibilitySummary", "自動確認では、要件を満たしていない点は見つかりませんでした。");
        assertThat(task("Task_ConfirmEligibility", pi)).hasCandidateGroup("coordinator");
        confirmEligibility(pi, "NOT_ACCEPTED", "営利を目的とする事業");

        verify(screening).confirmEligibility(proposalId, "NOT_ACCEPTED", "営利を目的とする事業", "coord1");
        verify(screening).notAccepted(proposalId);
        assertThat(pi).isEnded().hasPassed("Task_NotifyNotAccepted", "EndEvent_NotAccepted").hasNotPassed("Task_RequestOpinions");
    }

    @Test
    void aSentBackProposalIsCorrectedByItsGroupAndCheckedAgain() {
        when(screening.checkEligibility(proposalId)).thenReturn(List.of("目標値が具体的ではありません"));
        ProcessInstance pi = submitted(false);
        assertThat((String) runtimeService().getVariable(pi.getId(), "eligibilitySummary")).contains("・目標値が具体的ではありません");
        confirmEligibility(pi, "SEND_BACK", "目標値を具体的に");

        verify(screening).sendBack(proposalId);
        assertThat(pi).isWaitingAt("Task_CorrectProposal");
        assertThat(task("Task_CorrectProposal", pi)).hasCandidateGroup("group-7").hasDueDate(Date.from(due.toInstant()));
        assertThat(pi).variables().containsEntry("sendBackReason", "目標値を具体的に")
                .containsEntry("correctionDeadlineLabel", jp.kyodoflow.common.JapaneseFormat.day(due));

        assertThatThrownBy(() -> completeAs("applicant3", task("Task_CorrectProposal", pi), Map.of("correctionDone", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("修正を終えたので再提出します");
        assertThat(pi).isWaitingAt("Task_CorrectProposal");

        completeAs("applicant3", task("Task_CorrectProposal", pi), Map.of("correctionDone", true));

        verify(screening).resubmit(proposalId, "applicant3");
        verify(screening, times(2)).checkEligibility(proposalId);
        assertThat(pi).isWaitingAt("Task_ConfirmEligibility").variables().doesNotContainKey("correctionDone");
        confirmEligibility(pi, "ELIGIBLE", null);
        // the resubmission clears the send-back's decision: the acceptance is recorded without the old reason
        verify(screening).confirmEligibility(proposalId, "ELIGIBLE", null, "coord1");
        assertThat(pi).isWaitingAt("Task_GiveOpinion");
    }

    @Test
    void aSentBackProposalIsRemindedAndLapsesAtTheDeadline() {
        ProcessInstance pi = submitted(false);
        confirmEligibility(pi, "SEND_BACK", "収支予算書を添付してください");

        execute(job("Timer_ProposalCorrectionReminder", pi));
        verify(screening).remindCorrection(proposalId);
        assertThat(pi).isWaitingAt("Task_CorrectProposal").hasPassed("EndEvent_ProposalCorrectionReminded");

        execute(job("Timer_ProposalCorrectionDeadline", pi));
        verify(screening).lapse(proposalId);
        assertThat(pi).isEnded().hasPassed("Task_LapseProposal", "EndEvent_ProposalLapsed");
    }

    @Test
    void anAcceptedProposalAsksEachDepartmentForItsOpinionAndThenWaitsForTheReview() {
        ProcessInstance pi = submitted(false);
        confirmEligibility(pi, "ELIGIBLE", null);

        assertThat(pi).isWaitingAt("Task_GiveOpinion");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_GiveOpinion").count()).isEqualTo(2);
        DEPARTMENTS.forEach(d -> assertThat(opinionTask(pi, d)).hasDueDate(Date.from(due.toInstant())));
        giveOpinions(pi);

        verify(opinions).recordOpinion(proposalId, "dept-kosodate",
                new DepartmentOpinion("FEASIBLE", "APPROPRIATE", "AVAILABLE", "既存事業と連携できる"), "kosodate1");
        verify(opinions).recordOpinion(proposalId, "dept-bosai",
                new DepartmentOpinion("CONDITIONAL", "NEEDS_ADJUSTMENT", "PARTIAL", null), "bosai1");
        verify(opinions).readyForReview(proposalId);
        assertThat(pi).isWaitingAt("Event_ReviewDecided").hasPassed("Task_MarkReadyForReview");
    }

    @Test
    void lateOpinionsAreRemindedAndEscalatedPerDepartmentWhileTheTasksStayOpen() {
        ProcessInstance pi = submitted(false);
        confirmEligibility(pi, "ELIGIBLE", null);

        for (String timer : List.of("Timer_OpinionReminder", "Timer_OpinionOverdue")) {
            jobQuery().processInstanceId(pi.getId()).activityId(timer).list().forEach(job -> execute(job));
        }

        DEPARTMENTS.forEach(d -> verify(opinions).remindOpinion(proposalId, d));
        DEPARTMENTS.forEach(d -> verify(opinions).escalateOpinion(proposalId, d));
        assertThat(pi).isWaitingAt("Task_GiveOpinion").hasPassed("EndEvent_OpinionReminded", "EndEvent_OpinionEscalated");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_GiveOpinion").count()).isEqualTo(2);
    }

    @Test
    void anAdoptedProposalWithoutABudgetVoteStartsTheProject() {
        ProcessInstance pi = awaitingDecision(false);

        decided("ADOPT", null);
        assertThat(pi).isWaitingAt("Task_StartCollaborationProject"); // the handover waits behind its async boundary
        verify(handover, never()).startProject(anyLong());
        PlainEngine.runAsyncJobs(pi);

        verify(handover).startProject(proposalId);
        assertThat(pi).isEnded().hasPassed("Task_StartCollaborationProject", "EndEvent_ToAgreement")
                .hasNotPassed("Event_BudgetVoted", "Task_ReviseProposal");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("projectId").singleResult().getValue()).isEqualTo(4711L);
    }

    @Test
    void aRejectedProposalEnds() {
        ProcessInstance pi = awaitingDecision(true);

        decided("REJECT", null);

        verify(decisions).close(proposalId, "不採択");
        assertThat(pi).isEnded().hasPassed("Task_NotifyRejected", "EndEvent_Rejected").hasNotPassed("Event_BudgetVoted");
        verify(handover, never()).startProject(anyLong());
    }

    @Test
    void aProposalAdoptedWithConditionsIsRevisedUntilAcceptedAndStartsOnceTheBudgetPasses() {
        ProcessInstance pi = awaitingDecision(true);

        decided("ADOPT_WITH_CONDITIONS", "事業費の内訳を精査すること");

        assertThat(pi).isWaitingAt("Task_ReviseProposal").variables().containsEntry("conditions", "事業費の内訳を精査すること");
        assertThat(task("Task_ReviseProposal", pi)).hasCandidateGroup("group-7");
        completeAs("applicant3", task("Task_ReviseProposal", pi), Map.of("revisionSummary", "消耗品費を見直した"));
        verify(decisions).revise(proposalId, "消耗品費を見直した", "applicant3");
        completeAs("coord1", task("Task_ConfirmRevision", pi),
                Map.of("revisionDecision", "REQUEST_AGAIN", "revisionComment", "謝金の根拠も示してください"));
        verify(decisions).confirmRevision(proposalId, "REQUEST_AGAIN", "謝金の根拠も示してください", true, "coord1");

        assertThat(pi).isWaitingAt("Task_ReviseProposal").variables().containsEntry("revisionRequest", "謝金の根拠も示してください");
        completeAs("applicant3", task("Task_ReviseProposal", pi), Map.of("revisionSummary", "謝金の単価表を添付"));
        completeAs("coord1", task("Task_ConfirmRevision", pi), Map.of("revisionDecision", "ACCEPT"));
        // the revision clears the earlier request: the acceptance is recorded without its text
        verify(decisions).confirmRevision(proposalId, "ACCEPT", null, true, "coord1");

        assertThat(pi).isWaitingAt("Event_BudgetVoted");
        verify(handover, never()).startProject(anyLong());
        budgetVoted(true);
        PlainEngine.runAsyncJobs(pi);

        verify(handover).startProject(proposalId);
        assertThat(pi).isEnded().hasPassed("Event_BudgetVoted", "EndEvent_ToAgreement");
    }

    @Test
    void anAdoptedProposalEndsWhenTheBudgetIsRejected() {
        ProcessInstance pi = awaitingDecision(true);
        decided("ADOPT", null);
        assertThat(pi).isWaitingAt("Event_BudgetVoted");

        budgetVoted(false);

        verify(decisions).close(proposalId, "予算否決");
        assertThat(pi).isEnded().hasPassed("Task_NotifyBudgetRejected", "EndEvent_BudgetRejected")
                .hasNotPassed("Task_StartCollaborationProject");
        verify(handover, never()).startProject(any(Long.class));
    }
}

package jp.kyodoflow.committee.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static jp.kyodoflow.support.PlainEngine.json;
import static jp.kyodoflow.support.PlainEngine.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.ReviewRoundService.Decision;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.round.Hearings;
import jp.kyodoflow.committee.round.Hearings.HearingInput;
import jp.kyodoflow.committee.round.RoundDecisions;
import jp.kyodoflow.committee.round.RecommendationWriting;
import jp.kyodoflow.committee.round.RoundOpening;
import jp.kyodoflow.committee.round.RoundOpening.Opened;
import jp.kyodoflow.committee.round.ScoringService;
import jp.kyodoflow.committee.round.Sheets;
import jp.kyodoflow.committee.round.StageAggregation;
import jp.kyodoflow.committee.round.StageAggregation.StageOutcome;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every gateway path of CommitteeReviewProcess on a plain engine: which stages a round has, whether
 * proposals pass the document screening, quorum or not (rescore or proceed), the approver's decision
 * or none (an evaluation round). The round's rules are a mock; the sheets are what the service returns.
 */
class CommitteeReviewPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();

    static final List<String> MEMBERS = List.of("committee1", "committee2", "committee3");
    static final String CHAIR = "committee1";
    static final long PROPOSAL = 501L;

    final RoundOpening opening = mock(RoundOpening.class);
    final ScoringService scoring = mock(ScoringService.class);
    final Hearings hearings = mock(Hearings.class);
    final StageAggregation aggregation = mock(StageAggregation.class);
    final RecommendationWriting recommendations = mock(RecommendationWriting.class);
    final RoundDecisions decisions = mock(RoundDecisions.class);
    final long roundId = PlainEngine.nextId();

    final List<Sheets.InterestRow> interestRows = List.of(new Sheets.InterestRow(PROPOSAL, "提案A 子ども食堂", "佐久こども食堂", null, false, null));
    final List<Sheets.ScoreRow> blankScores = List.of(new Sheets.ScoreRow(PROPOSAL, "提案A 子ども食堂", "public", "公益性", "1〜5", null));
    final List<Sheets.ScoreRow> filledScores = List.of(new Sheets.ScoreRow(PROPOSAL, "提案A 子ども食堂", "public", "公益性", "1〜5", 4));
    final List<Sheets.HearingRow> hearingOrder = List.of(new Sheets.HearingRow(PROPOSAL, "提案A 子ども食堂", 1));
    final List<Sheets.CommentRow> comments = List.of(new Sheets.CommentRow(PROPOSAL, "提案A 子ども食堂", "採択基準以上", "地域性が高い"));
    final List<Sheets.DecisionRow> decisionRows = List.of(new Sheets.DecisionRow(PROPOSAL, "提案A 子ども食堂", "推薦", "ADOPT", null, null));
    final List<Decision> published = List.of(new Decision(PROPOSAL, "CITIZEN_PROPOSAL", 12L, "ADOPT", null));

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("committeeSteps", new CommitteeSteps(opening, aggregation, decisions, scoring));
        Mocks.register("committeeTasks", new CommitteeTasks(opening, scoring, hearings, aggregation, recommendations,
                decisions));
        when(opening.roundOf(anyString())).thenReturn(roundId);
        when(opening.interestSheet(eq(roundId), anyString())).thenReturn(interestRows);
        when(scoring.sheet(eq(roundId), any(), anyString())).thenReturn(blankScores);
        when(scoring.scorers(eq(roundId), any())).thenReturn(MEMBERS);
        when(scoring.criteriaGuide(roundId)).thenReturn("公益性：1〜5点");
        when(hearings.hearingOrder(roundId)).thenReturn(hearingOrder);
        when(recommendations.commentSheet(roundId)).thenReturn(comments);
        when(recommendations.resultSummary(roundId)).thenReturn("提案A：80点");
        when(decisions.decisionSheet(roundId)).thenReturn(decisionRows);
        when(decisions.recommendation(roundId)).thenReturn("提案Aの採択を答申する");
        when(decisions.publish(roundId)).thenReturn(published);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As RoundSetup.start: a round of its own, started from inside with its id. */
    ProcessInstance start(boolean document, boolean hearing, boolean approverDecides) {
        when(opening.open(eq(roundId), anyString())).thenReturn(new Opened("令和8年度 審査会", MEMBERS, CHAIR,
                document, hearing, approverDecides));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessKeys.COMMITTEE_REVIEW, "RR-" + roundId,
                Map.of("roundId", roundId));
        verify(opening).open(roundId, pi.getId());
        return pi;
    }

    void confirmInterests(ProcessInstance pi) {
        for (String member : MEMBERS) {
            completeAs(member, memberTask(pi, "Task_ConfirmInterests", member),
                    Map.of("interestSheet", json(interestRows), "noInterestConfirmed", true));
        }
        runAsyncJobs(pi);
    }

    void score(ProcessInstance pi, String taskKey) {
        for (String member : MEMBERS) {
            completeAs(member, memberTask(pi, taskKey, member),
                    Map.of("scoreSheet", json(filledScores), "abstain", false, "scoringNote", ""));
        }
        runAsyncJobs(pi);
    }

    void scheduleHearing(ProcessInstance pi) {
        completeAs("coord1", task("Task_ScheduleHearing", pi), Map.of("heldOn", "2027-02-14", "startTime", "13:30",
                "place", "佐久市役所 大会議室", "presentationMinutes", 7, "questionMinutes", 8, "hearingOrder", json(hearingOrder)));
    }

    void writeComments(ProcessInstance pi) {
        completeAs(CHAIR, task("Task_WriteComments", pi),
                Map.of("commentSheet", json(comments), "recommendation", "提案Aの採択を答申する"));
    }

    void aggregates(Stage stage, int passed, boolean quorate) {
        when(aggregation.aggregate(roundId, stage)).thenReturn(new StageOutcome(passed, quorate,
                quorate ? "定足数を満たしています" : "定足数不足：提案A（採点2人／必要3人）"));
    }

    static org.camunda.bpm.engine.task.Task memberTask(ProcessInstance pi, String taskKey, String member) {
        return task(taskQuery().taskDefinitionKey(taskKey).taskAssignee(member), pi);
    }

    @Test
    void twoStagesWithProposalsThroughTheScreeningGoToTheHearingAndTheApproverDecides() {
        aggregates(Stage.DOCUMENT, 1, true);
        aggregates(Stage.HEARING, 1, true);
        ProcessInstance pi = start(true, true, true);

        assertThat(pi).isWaitingAt("Task_ConfirmInterests");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConfirmInterests").list())
                .extracting(org.camunda.bpm.engine.task.Task::getAssignee).containsExactlyInAnyOrderElementsOf(MEMBERS);
        MEMBERS.forEach(m -> verify(opening).interestSheet(roundId, m));
        confirmInterests(pi);
        MEMBERS.forEach(m -> verify(opening).confirmInterests(roundId, m, interestRows, true));

        assertThat(pi).isWaitingAt("Task_ScoreDocuments");
        assertThat(taskService().getVariableLocal(memberTask(pi, "Task_ScoreDocuments", "committee2").getId(), "scoreSheet")
                .toString()).contains("公益性");
        score(pi, "Task_ScoreDocuments");
        MEMBERS.forEach(m -> verify(scoring).submit(roundId, Stage.DOCUMENT, m, filledScores, false, null));
        verify(aggregation).aggregate(roundId, Stage.DOCUMENT);

        assertThat(pi).isWaitingAt("Task_ScheduleHearing").hasPassed("Task_AggregateDocumentStage");
        scheduleHearing(pi);
        verify(hearings).scheduleHearing(roundId, new HearingInput(LocalDate.of(2027, 2, 14), "13:30", "佐久市役所 大会議室",
                7L, 8L, hearingOrder), "coord1");

        score(pi, "Task_ScoreAtHearing");
        MEMBERS.forEach(m -> verify(scoring).submit(roundId, Stage.HEARING, m, filledScores, false, null));
        assertThat(pi).isWaitingAt("Task_WriteComments").hasNotPassed("Task_ResolveQuorum");
        assertThat(task("Task_WriteComments", pi)).isAssignedTo(CHAIR);

        writeComments(pi);
        verify(recommendations).writeComments(roundId, CHAIR, comments, "提案Aの採択を答申する");
        assertThat(pi).isWaitingAt("Task_DecideProposals");
        assertThat(task("Task_DecideProposals", pi)).hasCandidateGroup("approver");

        completeAs("approver1", task("Task_DecideProposals", pi), Map.of("decisionSheet", json(decisionRows)));
        verify(decisions).decide(roundId, "approver1", decisionRows);
        assertThat(pi).isEnded().hasPassed("Task_PublishResult", "EndEvent_RoundDecided");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("reviewDecisions").singleResult().getValue().toString())
                .contains("\"refType\":\"CITIZEN_PROPOSAL\"", "\"refId\":12", "\"decision\":\"ADOPT\"");
    }

    @Test
    void whenNoProposalPassesTheScreeningThereIsNoHearing() {
        aggregates(Stage.DOCUMENT, 0, true);
        ProcessInstance pi = start(true, true, true);
        confirmInterests(pi);
        score(pi, "Task_ScoreDocuments");

        assertThat(pi).isWaitingAt("Task_WriteComments").hasNotPassed("Task_ScheduleHearing", "Task_ScoreAtHearing");
        verify(aggregation, never()).aggregate(roundId, Stage.HEARING);
    }

    @Test
    void aDocumentOnlyRoundGoesFromTheScreeningToTheComments() {
        aggregates(Stage.DOCUMENT, 1, true);
        ProcessInstance pi = start(true, false, true);
        confirmInterests(pi);
        score(pi, "Task_ScoreDocuments");

        assertThat(pi).isWaitingAt("Task_WriteComments").hasNotPassed("Task_ScheduleHearing");
    }

    @Test
    void aHearingOnlyRoundStartsWithTheScheduleAfterTheInterests() {
        aggregates(Stage.HEARING, 1, true);
        ProcessInstance pi = start(false, true, true);
        confirmInterests(pi);

        assertThat(pi).isWaitingAt("Task_ScheduleHearing").hasNotPassed("Task_ScoreDocuments", "Task_AggregateDocumentStage");
        scheduleHearing(pi);
        score(pi, "Task_ScoreAtHearing");
        assertThat(pi).isWaitingAt("Task_WriteComments");
        verify(aggregation, never()).aggregate(roundId, Stage.DOCUMENT);
    }

    @Test
    void withoutQuorumTheCoordinatorHasTheHearingScoredAgain() {
        aggregates(Stage.HEARING, 1, false);
        ProcessInstance pi = start(false, true, true);
        confirmInterests(pi);
        scheduleHearing(pi);
        score(pi, "Task_ScoreAtHearing");

        assertThat(pi).isWaitingAt("Task_ResolveQuorum");
        assertThat(pi).variables().containsEntry("quorumSummary", "定足数不足：提案A（採点2人／必要3人）");
        completeAs("coord1", task("Task_ResolveQuorum", pi), Map.of("quorumDecision", "RESCORE", "quorumReason", "後日全員で再採点"));
        verify(aggregation).resolveQuorum(roundId, "RESCORE", "後日全員で再採点", "coord1");

        assertThat(pi).isWaitingAt("Task_ScoreAtHearing");
        aggregates(Stage.HEARING, 1, true);
        score(pi, "Task_ScoreAtHearing");
        assertThat(pi).isWaitingAt("Task_WriteComments");
        verify(aggregation, times(2)).aggregate(roundId, Stage.HEARING);
        verify(hearings, times(1)).scheduleHearing(anyLong(), any(), any());
    }

    @Test
    void withoutQuorumTheCoordinatorCanProceedToTheComments() {
        aggregates(Stage.HEARING, 0, false);
        ProcessInstance pi = start(false, true, true);
        confirmInterests(pi);
        scheduleHearing(pi);
        score(pi, "Task_ScoreAtHearing");

        completeAs("coord1", task("Task_ResolveQuorum", pi), Map.of("quorumDecision", "PROCEED", "quorumReason", "期限のため"));

        assertThat(pi).isWaitingAt("Task_WriteComments");
        verify(aggregation).resolveQuorum(roundId, "PROCEED", "期限のため", "coord1");
    }

    /**
     * Flow_Rescore also needs a hearing stage; without one, RESCORE takes the default and proceeds as
     * not quorate. StageAggregation.resolveQuorum refuses RESCORE there, so a person never gets here.
     */
    @Test
    void aRescoreInARoundWithoutHearingTakesTheDefaultAndProceeds() {
        aggregates(Stage.DOCUMENT, 0, false);
        ProcessInstance pi = start(true, false, true);
        confirmInterests(pi);
        score(pi, "Task_ScoreDocuments");

        completeAs("coord1", task("Task_ResolveQuorum", pi), Map.of("quorumDecision", "RESCORE", "quorumReason", "再採点"));

        assertThat(pi).isWaitingAt("Task_WriteComments").hasNotPassed("Task_ScoreAtHearing");
    }

    @Test
    void anEvaluationRoundIsPublishedWithoutTheApproversDecision() {
        aggregates(Stage.HEARING, 1, true);
        ProcessInstance pi = start(false, true, false);
        confirmInterests(pi);
        scheduleHearing(pi);
        score(pi, "Task_ScoreAtHearing");
        writeComments(pi);

        assertThat(pi).isEnded().hasPassed("Task_PublishResult").hasNotPassed("Task_DecideProposals");
        verify(decisions).publish(roundId);
        verify(decisions, never()).decide(anyLong(), any(), any());
    }

    /** A member recused from every proposal of a stage is no scorer of it: no task, and the stage does not wait for them. */
    @Test
    void aMemberRecusedFromEveryProposalOfTheStageGetsNoScoringTaskAndIsNotWaitedFor() {
        aggregates(Stage.DOCUMENT, 1, true);
        aggregates(Stage.HEARING, 1, true);
        List<String> scorers = List.of("committee1", "committee2");
        when(scoring.scorers(roundId, Stage.DOCUMENT)).thenReturn(scorers);
        ProcessInstance pi = start(true, true, true);
        confirmInterests(pi);

        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreDocuments").list())
                .extracting(org.camunda.bpm.engine.task.Task::getAssignee).containsExactlyInAnyOrderElementsOf(scorers);
        for (String member : scorers) {
            completeAs(member, memberTask(pi, "Task_ScoreDocuments", member),
                    Map.of("scoreSheet", json(filledScores), "abstain", false, "scoringNote", ""));
        }
        runAsyncJobs(pi);
        verify(scoring, org.mockito.Mockito.atLeastOnce()).scorers(roundId, Stage.DOCUMENT);
        assertThat(pi).isWaitingAt("Task_ScheduleHearing").hasPassed("Task_AggregateDocumentStage");
        verify(scoring, never()).submit(roundId, Stage.DOCUMENT, "committee3", filledScores, false, null);

        // the hearing asks again: committee3 is not recused from what passed the screening and scores it
        scheduleHearing(pi);
        verify(scoring, org.mockito.Mockito.atLeastOnce()).scorers(roundId, Stage.HEARING);
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreAtHearing").list()).hasSize(3);
    }

    /** Everybody recused from every proposal: the stage has no scorers, and aggregation finds no quorum at once. */
    @Test
    void aStageWithoutAnyScorerGoesStraightToItsAggregation() {
        aggregates(Stage.HEARING, 0, false);
        when(scoring.scorers(roundId, Stage.HEARING)).thenReturn(List.of());
        ProcessInstance pi = start(false, true, true);
        confirmInterests(pi);
        scheduleHearing(pi);
        runAsyncJobs(pi);

        assertThat(pi).isWaitingAt("Task_ResolveQuorum").hasPassed("Task_AggregateHearing");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreAtHearing").count()).isZero();
    }
}

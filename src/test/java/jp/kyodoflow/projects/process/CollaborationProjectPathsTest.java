package jp.kyodoflow.projects.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static jp.kyodoflow.support.PlainEngine.json;
import static jp.kyodoflow.support.PlainEngine.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.agreements.AgreementDraft;
import jp.kyodoflow.agreements.AgreementService;
import jp.kyodoflow.agreements.AgreementService.SignOutcome;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.evaluation.EvaluationService;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.CollaborationForm;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.CollaborationPlanning;
import jp.kyodoflow.projects.ProjectArrangements;
import jp.kyodoflow.projects.ProjectIntake;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.projects.ProjectYearCycle;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every gateway path of CollaborationProjectProcess on a plain engine: suitability, the form of
 * collaboration, the arrangement (grant, contract, agreement), signatures or changes, the midterm
 * timer, an amendment, the evaluation, continuation within or at the limit of years, and the start by
 * a proposal scheme. Services are mocks; the committee round it calls is a stub (its paths are
 * CommitteeReviewPathsTest's).
 */
class CollaborationProjectPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();
    static CalledProcessStub committeeRound;

    final ProjectIntake intake = mock(ProjectIntake.class);
    final CollaborationPlanning planning = mock(CollaborationPlanning.class);
    final ProjectArrangements arrangements = mock(ProjectArrangements.class);
    final ProjectYearCycle yearCycle = mock(ProjectYearCycle.class);
    final ProjectQueries queries = mock(ProjectQueries.class);
    final EvaluationService evaluations = mock(EvaluationService.class);
    final GroupRegister register = mock(GroupRegister.class);
    final EngineAccess access = mock(EngineAccess.class);
    final ReviewRoundService reviewRounds = mock(ReviewRoundService.class);
    final long projectId = PlainEngine.nextId();
    final long agreementId = PlainEngine.nextId();
    final long committeeRoundId = PlainEngine.nextId();

    @BeforeAll
    static void stubTheCommittee() {
        committeeRound = CalledProcessStub.deploy(PlainEngine.engine(), ProcessKeys.COMMITTEE_REVIEW);
    }

    @AfterAll
    static void removeTheStub() {
        committeeRound.close();
    }

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("collaborationProjectSteps", new CollaborationProjectSteps(intake, planning, yearCycle, queries,
                evaluations, access));
        Mocks.register("projectTasks", new ProjectTasks(planning, arrangements, yearCycle, queries, evaluations, register,
                reviewRounds));

        when(access.lookup("kosodate1")).thenReturn(new CurrentUser("kosodate1", Set.of("dept-kosodate")));
        when(access.lookup("applicant1")).thenReturn(new CurrentUser("applicant1", Set.of("applicant", "group-1")));
        when(access.lookup("approver1")).thenReturn(new CurrentUser("approver1", Set.of("approver")));
        when(intake.raiseProblem(any(), eq("kosodate1"), eq(List.of("dept-kosodate")), anyString()))
                .thenReturn(started(null, null));
        when(planning.selectCollaborationType(eq(projectId), anyString(), anyString(), eq("kosodate1")))
                .thenAnswer(call -> CollaborationForm.valueOf(call.getArgument(1)));
        when(register.registeredOptions()).thenReturn(List.of(new GroupRegister.Option("佐久こども食堂ネットワーク（R8-0001）", "1")));
        when(planning.selectPartner(projectId, "1", "市内で子ども食堂を運営する唯一の団体", "kosodate1"))
                .thenReturn(new ProjectInputs.Partner("group-1", "佐久こども食堂ネットワーク"));
        when(arrangements.negotiateAgreement(eq(projectId), any(), eq("kosodate1"))).thenReturn(agreementId);
        when(arrangements.agreementSummary(agreementId)).thenReturn("協定書（第1版）子どもの居場所づくり");
        when(arrangements.signAgreement(eq(projectId), eq(agreementId), anyString(), anyString(), anyString(), any()))
                .thenAnswer(call -> new SignOutcome(false, "REQUEST_CHANGES".equals(call.getArgument(3))));
        when(queries.projectYear(projectId)).thenReturn(1);
        when(evaluations.compareSelfEvaluations(projectId, 1)).thenReturn("目標の達成度：団体4／担当課2");
        when(yearCycle.openCommitteeEvaluation(projectId)).thenReturn(committeeRoundId);
        when(reviewRounds.evaluationAverages(committeeRoundId)).thenReturn(Map.of("目標の達成度", 4.0));
        when(evaluations.yearSummary(projectId, 1)).thenReturn("1年目：自己評価・相互評価・第三者評価");
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    ProjectInputs.Started started(String partnerGroup, String collaborationForm) {
        return new ProjectInputs.Started(projectId, "dept-kosodate", "P6M", partnerGroup,
                partnerGroup == null ? null : "佐久こども食堂ネットワーク", collaborationForm, "PJ-" + projectId + " 子どもの居場所",
                "子育て");
    }

    /** As ProjectStarter.raiseProblem: a department's person submits the start form. */
    ProcessInstance raise() {
        return PlainEngine.startAs("kosodate1", ProcessKeys.COLLABORATION_PROJECT, Map.of("title", "子どもの居場所",
                "problem", "放課後の子どもの居場所が足りない", "evidence", "保護者アンケート（回答312件）", "field", "KOSODATE"));
    }

    void consider(ProcessInstance pi, String decision) {
        completeAs("kosodate1", task("Task_ConsiderCollaboration", pi),
                Map.of("collaborationDecision", decision, "considerationReason", "団体の知見と市の施設を組み合わせられる"));
    }

    void chooseForm(ProcessInstance pi, String form) {
        completeAs("kosodate1", task("Task_SelectCollaborationType", pi),
                Map.of("collaborationForm", form, "formReason", "役割と費用を明確にするため"));
    }

    void selectPartner(ProcessInstance pi) {
        completeAs("kosodate1", task("Task_SelectPartner", pi),
                Map.of("partnerGroupId", "1", "selectionReason", "市内で子ども食堂を運営する唯一の団体"));
    }

    /** Raised, suitable, the form chosen, the partner selected: at the arrangement the form needs. */
    ProcessInstance atArrangement(String form) {
        ProcessInstance pi = raise();
        consider(pi, "YES");
        chooseForm(pi, form);
        selectPartner(pi);
        return pi;
    }

    void negotiate(ProcessInstance pi) {
        Map<String, Object> v = new HashMap<>();
        v.put("purpose", "子どもの居場所づくり");
        v.put("periodFrom", "2026-04-01");
        v.put("periodTo", "2027-03-31");
        v.put("targets", json(List.of(Map.of("description", "子ども食堂の開催", "indicator", "開催回数", "targetValue", "24回"))));
        v.put("cityRoles", json(List.of(Map.of("description", "公民館の調理室を提供する"))));
        v.put("groupRoles", json(List.of(Map.of("description", "食堂の企画・運営"))));
        v.put("cityContribution", 300000);
        v.put("groupOwnFunds", 120000);
        completeAs("kosodate1", task("Task_NegotiateAgreement", pi), v);
    }

    void signAsGroup(ProcessInstance pi, String decision) {
        completeAs("applicant1", task("Task_SignAgreementAsGroup", pi),
                Map.of("groupSignDecision", decision, "groupSignComment", "SIGN".equals(decision) ? "" : "回数を見直したい"));
    }

    void signAsCity(ProcessInstance pi, String decision) {
        completeAs("approver1", task("Task_SignAgreementAsCity", pi),
                Map.of("citySignDecision", decision, "citySignComment", ""));
        runAsyncJobs(pi);
    }

    void run(ProcessInstance pi, String outcome) {
        completeAs("kosodate1", task("Task_RunProject", pi), Map.of("progressNote", "計画どおり実施", "implementationOutcome", outcome));
    }

    /** Both self-evaluations, the mutual one, the committee's round and its summary: at 見直し. */
    void evaluate(ProcessInstance pi) {
        completeAs("applicant1", task("Task_SelfEvaluateAsGroup", pi), Map.of("groupEvaluation", json(Map.of("targets", 4))));
        completeAs("kosodate1", task("Task_SelfEvaluateAsDepartment", pi), Map.of("departmentEvaluation", json(Map.of("targets", 2))));
        runAsyncJobs(pi);
        completeAs("kosodate1", task("Task_MutualEvaluation", pi),
                Map.of("mutualAgreedPoints", "参加者が増えた", "mutualImprovements", "開催日を固定する"));
        committeeRound.finish(committeeRound.calledBy(pi), Map.of());
        completeAs("committee1", task("Task_EvaluateAsCommittee", pi),
                Map.of("committeeEvaluation", json(Map.of("verdict", "GOOD", "comment", "地域に根づいた取組"))));
    }

    void decide(ProcessInstance pi, String decision) {
        completeAs("approver1", task("Task_DecideContinuation", pi), Map.of("continuationDecision", decision,
                "continuationReason", "評価結果を踏まえて判断"));
    }

    @Test
    void aProblemIsRecordedForTheRaisersDepartmentAndNotSuitableEndsIt() {
        ProcessInstance pi = raise();

        verify(intake).raiseProblem(new ProjectInputs.Problem("子どもの居場所", "放課後の子どもの居場所が足りない",
                "保護者アンケート（回答312件）", "KOSODATE"), "kosodate1", List.of("dept-kosodate"), pi.getId());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo("PJ-" + projectId);
        assertThat(pi).isWaitingAt("Task_ConsiderCollaboration");
        assertThat(task("Task_ConsiderCollaboration", pi)).hasCandidateGroup("dept-kosodate");

        consider(pi, "NO");

        assertThat(pi).isEnded().hasPassed("EndEvent_NotSuitable").hasNotPassed("Task_SelectCollaborationType");
        verify(planning).considerCollaboration(projectId, "NO", "団体の知見と市の施設を組み合わせられる", "kosodate1");
    }

    @Test
    void anEndorsementNeedsOnlyTheApproversDecision() {
        ProcessInstance pi = raise();
        consider(pi, "YES");
        chooseForm(pi, "ENDORSEMENT");

        assertThat(pi).isWaitingAt("Task_ApproveEndorsement");
        assertThat(task("Task_ApproveEndorsement", pi)).hasCandidateGroup("approver");
        completeAs("approver1", task("Task_ApproveEndorsement", pi),
                Map.of("endorsementDecision", "APPROVE", "endorsementComment", "市の後援として適切"));

        assertThat(pi).isEnded().hasPassed("EndEvent_EndorsementDecided").hasNotPassed("Task_SelectPartner");
        verify(planning).approveEndorsement(projectId, "APPROVE", "市の後援として適切", "approver1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INFORMATION_EXCHANGE", "PLANNING_PARTICIPATION"})
    void informalCollaborationIsRecordedAndEnds(String form) {
        ProcessInstance pi = raise();
        consider(pi, "YES");
        chooseForm(pi, form);

        assertThat(pi).isEnded().hasPassed("Task_RecordInformalCollaboration", "EndEvent_InformalRecorded")
                .hasNotPassed("Task_SelectPartner");
        verify(planning).selectCollaborationType(projectId, form, "役割と費用を明確にするため", "kosodate1");
        verify(planning).recordInformalCollaboration(projectId);
    }

    @Test
    void aSubsidyGoesFromThePartnerToTheGrantDecisionAndRuns() {
        ProcessInstance pi = raise();
        consider(pi, "YES");
        chooseForm(pi, "SUBSIDY");

        assertThat(pi).isWaitingAt("Task_SelectPartner");
        assertThat(pi).variables().containsKey("partnerGroupOptions").containsEntry("collaborationFormLabel", "補助・助成");
        selectPartner(pi);

        assertThat(pi).isWaitingAt("Task_DecideGrant");
        assertThat(pi).variables().containsEntry("partnerGroup", "group-1");
        completeAs("approver1", task("Task_DecideGrant", pi), Map.of("grantAmount", 200000, "grantPeriodFrom", "2026-04-01",
                "grantPeriodTo", "2027-03-31", "grantConditions", "実績報告を年度末までに提出"));

        verify(arrangements).decideGrant(projectId, new ProjectInputs.Grant(200000L, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), "実績報告を年度末までに提出"), "approver1");
        assertThat(pi).isWaitingAt("Task_RunProject").hasNotPassed("Task_NegotiateAgreement", "Task_RecordContract");
    }

    @Test
    void aCommissionGoesFromThePartnerToTheContractRecordAndRuns() {
        ProcessInstance pi = atArrangement("COMMISSION");

        assertThat(pi).isWaitingAt("Task_RecordContract");
        completeAs("kosodate1", task("Task_RecordContract", pi), Map.of("contractNumber", "R8-委-015",
                "contractAmount", 480000, "contractFrom", "2026-04-01", "contractTo", "2027-03-31",
                "contractSummary", "地域防災訓練の企画運営"));

        verify(arrangements).recordContract(projectId, new ProjectInputs.Contract("R8-委-015", 480000L, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), "地域防災訓練の企画運営"), "kosodate1");
        assertThat(pi).isWaitingAt("Task_RunProject").hasNotPassed("Task_NegotiateAgreement", "Task_DecideGrant");
    }

    @Test
    void anAgreementSignedByBothSidesInEitherOrderStartsTheProject() {
        ProcessInstance pi = atArrangement("COOPERATION_AGREEMENT");
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement");
        negotiate(pi);

        verify(arrangements).negotiateAgreement(projectId, new AgreementDraft("子どもの居場所づくり", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), List.of(new AgreementDraft.TargetInput("子ども食堂の開催", "開催回数", "24回")),
                List.of(new AgreementDraft.RoleInput("公民館の調理室を提供する")), List.of(new AgreementDraft.RoleInput("食堂の企画・運営")),
                300000L, 120000L, null, null, null, null), "kosodate1");
        assertThat(pi).isWaitingAt("Task_SignAgreementAsGroup", "Task_SignAgreementAsCity");
        assertThat(task("Task_SignAgreementAsGroup", pi)).hasCandidateGroup("group-1");
        assertThat(pi).variables().containsEntry("agreementSummary", "協定書（第1版）子どもの居場所づくり");

        signAsCity(pi, "SIGN");
        assertThat(pi).isWaitingAt("Task_SignAgreementAsGroup");
        signAsGroup(pi, "SIGN");
        runAsyncJobs(pi);

        verify(arrangements).signAgreement(projectId, agreementId, AgreementService.CITY, "SIGN", "approver1", null);
        verify(arrangements).signAgreement(projectId, agreementId, AgreementService.GROUP, "SIGN", "applicant1", null);
        assertThat(pi).isWaitingAt("Task_RunProject").hasPassed("Gateway_SignJoin");
    }

    @Test
    void aRequestForChangesBringsTheAgreementBackToNegotiation() {
        ProcessInstance pi = atArrangement("EXECUTIVE_COMMITTEE");
        negotiate(pi);

        signAsGroup(pi, "REQUEST_CHANGES");
        signAsCity(pi, "SIGN");

        assertThat(pi).isWaitingAt("Task_NegotiateAgreement").hasNotPassed("Task_RunProject");
        assertThat((String) runtimeService().getVariable(pi.getId(), "agreementStatusNote"))
                .startsWith("団体から修正の依頼があります：回数を見直したい");

        negotiate(pi);
        assertThat(pi).isWaitingAt("Task_SignAgreementAsGroup", "Task_SignAgreementAsCity");
        assertThat(pi).variables().doesNotContainKey("groupSignDecision").doesNotContainKey("citySignDecision");
    }

    @Test
    void theMidtermTimerOpensAReviewBesideTheRunningProject() {
        ProcessInstance pi = atArrangement("COMMISSION");
        completeAs("kosodate1", task("Task_RecordContract", pi), Map.of("contractNumber", "C-1", "contractAmount", 1000,
                "contractFrom", "2026-04-01", "contractTo", "2027-03-31"));

        execute(job("Timer_MidtermReview", pi));

        assertThat(pi).isWaitingAt("Task_RunProject", "Task_MidtermReview");
        completeAs("kosodate1", task("Task_MidtermReview", pi), Map.of("midtermProgress", "開催12回（目標の半分）",
                "midtermIssues", "冬季の参加減", "midtermAdjustments", "室内遊びを追加"));
        verify(yearCycle).recordMidtermReview(projectId, "開催12回（目標の半分）", "冬季の参加減", "室内遊びを追加", "kosodate1");
        assertThat(pi).isWaitingAt("Task_RunProject").hasPassed("EndEvent_MidtermReviewed");
    }

    @Test
    void anAmendmentDuringTheYearGoesBackToNegotiation() {
        ProcessInstance pi = atArrangement("COHOSTING");
        negotiate(pi);
        signAsGroup(pi, "SIGN");
        signAsCity(pi, "SIGN");

        run(pi, "AMEND_AGREEMENT");

        verify(yearCycle).recordProgress(projectId, "計画どおり実施", "AMEND_AGREEMENT", "kosodate1");
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement").hasNotPassed("Task_SelfEvaluateAsGroup");
        assertThat((String) runtimeService().getVariable(pi.getId(), "agreementStatusNote")).startsWith("署名済みの協定を変更します");
    }

    @Test
    void aCompletedYearIsEvaluatedByBothSidesAndTheCommitteeAndEnds() {
        ProcessInstance pi = atArrangement("SUBSIDY");
        completeAs("approver1", task("Task_DecideGrant", pi), Map.of("grantAmount", 200000, "grantPeriodFrom", "2026-04-01",
                "grantPeriodTo", "2027-03-31"));
        run(pi, "COMPLETED");

        assertThat(pi).isWaitingAt("Task_SelfEvaluateAsGroup", "Task_SelfEvaluateAsDepartment");
        assertThat(task("Task_SelfEvaluateAsGroup", pi)).hasCandidateGroup("group-1");
        completeAs("applicant1", task("Task_SelfEvaluateAsGroup", pi), Map.of("groupEvaluation", json(Map.of("targets", 4))));
        completeAs("kosodate1", task("Task_SelfEvaluateAsDepartment", pi), Map.of("departmentEvaluation", json(Map.of("targets", 2))));
        runAsyncJobs(pi);
        verify(evaluations).recordSelfEvaluation(projectId, 1, EvaluationService.GROUP_SELF, "applicant1",
                new EvaluationService.Sheet(Map.of("targets", 4)));
        verify(evaluations).recordSelfEvaluation(projectId, 1, EvaluationService.DEPARTMENT_SELF, "kosodate1",
                new EvaluationService.Sheet(Map.of("targets", 2)));
        assertThat(pi).isWaitingAt("Task_MutualEvaluation").hasPassed("Task_CompareEvaluations");
        assertThat(pi).variables().containsEntry("evaluationComparison", "目標の達成度：団体4／担当課2");

        completeAs("kosodate1", task("Task_MutualEvaluation", pi),
                Map.of("mutualAgreedPoints", "参加者が増えた", "mutualImprovements", "開催日を固定する"));
        assertThat(pi).isWaitingAt("CallActivity_CommitteeEvaluation");
        ProcessInstance round = committeeRound.calledBy(pi);
        assertThat(round.getBusinessKey()).isEqualTo("PJ-" + projectId);
        assertThat(runtimeService().getVariable(round.getId(), "roundId")).isEqualTo(committeeRoundId);
        committeeRound.finish(round, Map.of());

        assertThat(pi).isWaitingAt("Task_EvaluateAsCommittee");
        assertThat(pi).variables().containsEntry("committeeScoreSummary", EvaluationService.averagesText(Map.of("目標の達成度", 4.0)));
        completeAs("committee1", task("Task_EvaluateAsCommittee", pi),
                Map.of("committeeEvaluation", json(Map.of("verdict", "GOOD", "comment", "地域に根づいた取組"))));
        verify(evaluations).recordCommitteeEvaluation(projectId, 1, "committee1",
                new EvaluationService.Sheet(Map.of("verdict", "GOOD", "comment", "地域に根づいた取組")), Map.of("目標の達成度", 4.0));

        decide(pi, "END");
        verify(yearCycle).decideContinuation(projectId, "END", "評価結果を踏まえて判断", null, "approver1");
        assertThat(pi).isEnded().hasPassed("EndEvent_ProjectEnded").hasNotPassed("Task_StartNextYear");
    }

    @Test
    void aContinuedProjectStartsTheNextYearAtItsArrangement() {
        when(yearCycle.startNextYear(projectId)).thenReturn(new ProjectInputs.NextYear(true, 2));
        ProcessInstance pi = atArrangement("COOPERATION_AGREEMENT");
        negotiate(pi);
        signAsGroup(pi, "SIGN");
        signAsCity(pi, "SIGN");
        run(pi, "COMPLETED");
        evaluate(pi);

        decide(pi, "IMPROVE_AND_CONTINUE");

        verify(yearCycle).startNextYear(projectId);
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement").hasPassed("Task_StartNextYear");
        verify(planning, times(1)).selectPartner(anyLong(), any(), any(), any());
        assertThat(pi).variables().containsEntry("projectYear", 2).containsEntry("collaborationForm", "COOPERATION_AGREEMENT")
                .doesNotContainKeys("implementationOutcome", "continuationDecision", "groupSignDecision", "citySignDecision",
                        "groupEvaluation", "departmentEvaluation", "committeeEvaluation");
    }

    @Test
    void aContinuationBeyondTheMaximumOfYearsEndsTheProject() {
        when(yearCycle.startNextYear(projectId)).thenReturn(new ProjectInputs.NextYear(false, 3));
        ProcessInstance pi = atArrangement("COMMISSION");
        completeAs("kosodate1", task("Task_RecordContract", pi), Map.of("contractNumber", "C-3", "contractAmount", 1000,
                "contractFrom", "2026-04-01", "contractTo", "2027-03-31"));
        run(pi, "COMPLETED");
        evaluate(pi);

        decide(pi, "CONTINUE");

        assertThat(pi).isEnded().hasPassed("Task_StartNextYear", "EndEvent_MaxYearsReached").hasNotPassed("EndEvent_ProjectEnded");
    }

    @Test
    void aProposalSchemeStartsTheFlowAtNegotiationWithThePartnerChosen() {
        when(intake.handedOver(projectId)).thenReturn(started("group-1", "COOPERATION_AGREEMENT"));

        // the handover port records the project first and starts the flow with its own business key
        ProcessInstance pi = runtimeService().createMessageCorrelation(ProcessKeys.MSG_PARTNER_CHOSEN)
                .processInstanceBusinessKey("PJ-" + projectId)
                .setVariables(Map.of("title", "提案：学習支援教室", "problem", "学習の場が不足"))
                .correlateStartMessage();

        verify(intake).handedOver(projectId);
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement").hasPassed("Task_OpenProjectFromProposal")
                .hasNotPassed("Task_ConsiderCollaboration", "Task_SelectPartner");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo("PJ-" + projectId);
        assertThat(pi).variables().containsEntry("partnerGroup", "group-1");
        verify(intake, never()).raiseProblem(any(), any(), any(), any());
    }
}

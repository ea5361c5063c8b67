package jp.kyodoflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import jp.kyodoflow.agreements.AgreementService.AgreementView;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.projects.ProjectQueries.ProjectDetail;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every gateway path of CollaborationProjectProcess, with what each step recorded in our tables. */
@IntegrationTest
class CollaborationProjectProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProjectQueries queries;
    @Autowired ProjectStarter starter;
    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired jp.kyodoflow.support.ReviewFlow review;
    @Autowired jp.kyodoflow.committee.ReviewQueries reviewQueries;

    final FiscalYear thisYear = jp.kyodoflow.support.TestTime.thisFiscalYear();

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    ProcessInstance instance(ProjectQueries.ProjectView p) {
        return runtime.createProcessInstanceQuery().processInstanceId(p.processInstanceId()).singleResult();
    }

    ProjectDetail detail(long id) {
        return queries.detail(flow.user("coord1"), id);
    }

    @Test
    void notSuitableEndsWithTheReasonRecorded() {
        var p = steps.raise("検討の結果、単独実施");
        ProcessInstance pi = instance(p);
        assertThat(pi).isWaitingAt("Task_ConsiderCollaboration");
        steps.consider(pi.getId(), "NO");
        assertThat(pi).isEnded().hasPassed("EndEvent_NotSuitable");
        var d = detail(p.id());
        assertThat(d.project().status()).isEqualTo("NOT_SUITABLE");
        assertThat(d.history()).anyMatch(e -> e.outcome().equals("NOT_SUITABLE") && e.actor().equals("kosodate1")
                && e.reason().contains("団体の知見"));
    }

    @Test
    void endorsementNeedsOnlyAnApproval() {
        var p = steps.raise("子育てフェスタの後援");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "ENDORSEMENT");
        assertThat(pi).isWaitingAt("Task_ApproveEndorsement");
        assertThatThrownBy(() -> flow.complete(pi.getId(), "Task_ApproveEndorsement", "approver1",
                Map.of("endorsementDecision", "REJECT")))
                .hasRootCauseInstanceOf(BusinessRuleException.class).hasMessageContaining("承認しない理由");
        flow.complete(pi.getId(), "Task_ApproveEndorsement", "approver1", Map.of("endorsementDecision", "APPROVE"));
        assertThat(pi).isEnded().hasPassed("EndEvent_EndorsementDecided").hasNotPassed("Task_SelectPartner");
        assertThat(detail(p.id()).project().status()).isEqualTo("ENDORSED");
    }

    @Test
    void informationExchangeAndPlanningParticipationAreRecordedAndEnd() {
        for (String form : new String[] {"INFORMATION_EXCHANGE", "PLANNING_PARTICIPATION"}) {
            var p = steps.raise("意見交換会 " + form);
            ProcessInstance pi = instance(p);
            steps.consider(pi.getId(), "YES");
            steps.chooseForm(pi.getId(), form);
            assertThat(pi).isEnded().hasPassed("Task_RecordInformalCollaboration", "EndEvent_InformalRecorded");
            var d = detail(p.id());
            assertThat(d.project().status()).isEqualTo("RECORDED");
            assertThat(d.project().collaborationForm()).isEqualTo(form);
        }
    }

    @Test
    void subsidyGoesToAGrantDecisionAndTheMidtermTimerFires() {
        var p = steps.raise("子ども食堂への補助");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "SUBSIDY");
        steps.selectPartner(pi.getId(), ProjectSteps.GROUP_1);
        assertThat(pi).isWaitingAt("Task_DecideGrant");
        assertThatThrownBy(() -> flow.complete(pi.getId(), "Task_DecideGrant", "approver1", Map.of("grantAmount", 200000,
                "grantPeriodFrom", thisYear.lastDay().toString(), "grantPeriodTo", thisYear.firstDay().toString())))
                .hasMessageContaining("開始日が終了日より後");
        flow.complete(pi.getId(), "Task_DecideGrant", "approver1", Map.of("grantAmount", 200000,
                "grantPeriodFrom", thisYear.firstDay().toString(), "grantPeriodTo", thisYear.lastDay().toString(),
                "grantConditions", "実績報告を年度末までに提出"));
        assertThat(pi).isWaitingAt("Task_RunProject");

        flow.fireTimer(pi.getId(), "Timer_MidtermReview");
        assertThat(pi).isWaitingAt("Task_RunProject", "Task_MidtermReview");
        flow.complete(pi.getId(), "Task_MidtermReview", "kosodate1", Map.of("midtermProgress", "開催12回（目標の半分）",
                "midtermIssues", "冬季の参加減", "midtermAdjustments", "室内遊びを追加"));
        assertThatThrownBy(() -> steps.run(pi.getId(), "AMEND_AGREEMENT"))
                .hasMessageContaining("協定の変更はできません");
        steps.run(pi.getId(), "COMPLETED");
        steps.evaluate(pi.getId());
        steps.decide(pi.getId(), "END");

        assertThat(pi).isEnded().hasPassed("Task_DecideGrant", "Task_MidtermReview", "EndEvent_ProjectEnded");
        var d = detail(p.id());
        assertThat(d.grants()).singleElement().satisfies(g -> {
            assertThat(g.amountYen()).isEqualTo(200000);
            assertThat(g.decidedBy()).isEqualTo("approver1");
        });
        assertThat(d.progress()).extracting(ProjectQueries.ProgressView::kind).containsExactly("MIDTERM_REVIEW", "PROGRESS");
        assertThat(d.evaluations()).extracting(e -> e.kind())
                .containsExactlyInAnyOrder("GROUP_SELF", "DEPARTMENT_SELF", "MUTUAL", "COMMITTEE");
        assertThat(d.reviews()).singleElement().satisfies(r -> assertThat(r.decision()).isEqualTo("END"));
        assertThat(d.project().status()).isEqualTo("ENDED");
    }

    @Test
    void commissionGoesToAContractRecord() {
        var p = steps.raise("防災訓練の委託");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "COMMISSION");
        steps.selectPartner(pi.getId(), 2L);
        assertThat(pi).isWaitingAt("Task_RecordContract");
        flow.complete(pi.getId(), "Task_RecordContract", "kosodate1", Map.of("contractNumber", "R8-委-015",
                "contractAmount", 480000, "contractFrom", thisYear.firstDay().toString(),
                "contractTo", thisYear.lastDay().toString(), "contractSummary", "地域防災訓練の企画運営"));
        assertThat(pi).isWaitingAt("Task_RunProject").hasNotPassed("Task_NegotiateAgreement");
        assertThat(detail(p.id()).contracts()).singleElement()
                .satisfies(c -> assertThat(c.contractNumber()).isEqualTo("R8-委-015"));
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("dept-kosodate").count())
                .isEqualTo(1);
    }

    @Test
    void agreementIsVersionedWhenChangedAndSignedByBothSidesInEitherOrder() {
        var p = steps.raise("子ども食堂の協働運営");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "COOPERATION_AGREEMENT");
        steps.selectPartner(pi.getId(), ProjectSteps.GROUP_1);
        steps.negotiate(pi.getId(), thisYear, "子どもの居場所づくり");
        assertThat(pi).isWaitingAt("Task_SignAgreementAsGroup", "Task_SignAgreementAsCity");
        assertThat((String) runtime.getVariable(pi.getId(), "agreementSummary"))
                .contains("子どもの居場所づくり", "［佐久こども食堂ネットワーク］食堂の企画・運営", "300,000円");

        // round 1: the group asks for changes, the city signs: back to 協議, a new version
        steps.signAsGroup(pi.getId(), "REQUEST_CHANGES");
        steps.signAsCity(pi.getId(), "SIGN");
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement");
        steps.negotiate(pi.getId(), thisYear, "子どもの居場所づくり（回数見直し）");

        // round 2: city first, then the group
        steps.signAsCity(pi.getId(), "SIGN");
        steps.signAsGroup(pi.getId(), "SIGN");
        flow.runJobs(pi.getId());
        assertThat(pi).isWaitingAt("Task_RunProject");

        // an amendment during the year: version 3, both sign again, version 2 stays readable
        steps.run(pi.getId(), "AMEND_AGREEMENT");
        steps.negotiate(pi.getId(), thisYear, "子どもの居場所づくり（学習支援を追加）");
        steps.signAsGroup(pi.getId(), "SIGN");
        steps.signAsCity(pi.getId(), "SIGN");
        assertThat(pi).isWaitingAt("Task_RunProject");

        var versions = detail(p.id()).agreements();
        assertThat(versions).extracting(AgreementView::versionNo).containsExactly(1, 2, 3);
        assertThat(versions).extracting(AgreementView::status).containsExactly("WITHDRAWN", "SUPERSEDED", "SIGNED");
        assertThat(versions.get(1).purpose()).isEqualTo("子どもの居場所づくり（回数見直し）");
        assertThat(versions.get(2).signatures()).extracting(s -> s.party() + ":" + s.signer())
                .containsExactlyInAnyOrder("GROUP:applicant1", "CITY:approver1");
        assertThat(versions.get(2).roles()).extracting(r -> r.party())
                .containsExactly("CITY", "CITY", "GROUP");
        assertThat(versions.get(2).targets()).singleElement().satisfies(t -> assertThat(t.targetValue()).isEqualTo("24回"));
    }

    @Test
    void invalidAgreementIsRefusedAndNothingIsStored() {
        var p = steps.raise("不備のある協定");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "COHOSTING");
        steps.selectPartner(pi.getId(), ProjectSteps.GROUP_1);
        Map<String, Object> bad = steps.agreement(thisYear, "");
        bad.put("groupRoles", java.util.List.of());
        bad.put("periodTo", thisYear.next().lastDay().toString());
        assertThatThrownBy(() -> flow.complete(pi.getId(), "Task_NegotiateAgreement", "kosodate1", bad))
                .hasRootCauseInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("目的を入力してください").hasMessageContaining("団体の役割を1件以上")
                .hasMessageContaining(thisYear.label());
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement");
        assertThat(detail(p.id()).agreements()).isEmpty();
    }

    @Test
    void continuingProjectsStartTheNextYearAtNegotiationUntilTheMaximumOfYears() {
        var p = steps.raise("3年間の協働");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "EXECUTIVE_COMMITTEE");
        steps.selectPartner(pi.getId(), ProjectSteps.GROUP_1);
        FiscalYear year = thisYear;
        for (int projectYear = 1; projectYear <= 3; projectYear++) {
            assertThat(pi).isWaitingAt("Task_NegotiateAgreement");
            assertThat(queries.detail(flow.user("coord1"), p.id()).project().projectYear()).isEqualTo(projectYear);
            steps.negotiate(pi.getId(), year, "実行委員会 " + projectYear + "年目");
            steps.signAsGroup(pi.getId(), "SIGN");
            steps.signAsCity(pi.getId(), "SIGN");
            steps.run(pi.getId(), "COMPLETED");
            steps.evaluate(pi.getId());
            steps.decide(pi.getId(), projectYear == 1 ? "CONTINUE" : "IMPROVE_AND_CONTINUE");
            year = year.next();
        }
        assertThat(pi).isEnded().hasPassed("EndEvent_MaxYearsReached");
        var d = detail(p.id());
        assertThat(d.project().status()).isEqualTo("ENDED_MAX_YEARS");
        assertThat(d.project().projectYear()).isEqualTo(3);
        assertThat(d.reviews()).extracting(ProjectQueries.ReviewView::decision)
                .containsExactly("CONTINUE", "IMPROVE_AND_CONTINUE", "IMPROVE_AND_CONTINUE");
        assertThat(d.agreements()).extracting(AgreementView::fiscalYear)
                .containsExactly(thisYear.year(), thisYear.year() + 1, thisYear.year() + 2);
    }

    @Test
    void theCommitteeEvaluationIsARoundWhereAMemberOfThePartnerGroupDoesNotScore() {
        long partner = review.registerGroup("評価対象の会", "審査 二郎", null);
        var p = steps.raise("第三者評価の除斥");
        ProcessInstance pi = instance(p);
        steps.consider(pi.getId(), "YES");
        steps.chooseForm(pi.getId(), "COMMISSION");
        steps.selectPartner(pi.getId(), partner);
        flow.complete(pi.getId(), "Task_RecordContract", "kosodate1", Map.of("contractNumber", "C-1", "contractAmount", 1000,
                "contractFrom", thisYear.firstDay().toString(), "contractTo", thisYear.lastDay().toString()));
        steps.run(pi.getId(), "COMPLETED");
        flow.complete(pi.getId(), "Task_SelfEvaluateAsGroup", "applicant3", Map.of("groupEvaluation", ProjectSteps.sheet(3)));
        flow.complete(pi.getId(), "Task_SelfEvaluateAsDepartment", "kosodate1", Map.of("departmentEvaluation", ProjectSteps.sheet(3)));
        flow.runJobs(pi.getId());
        flow.complete(pi.getId(), "Task_MutualEvaluation", "kosodate1", Map.of("mutualAgreedPoints", "一致",
                "mutualImprovements", "改善"));
        assertThat(pi).isWaitingAt("CallActivity_CommitteeEvaluation");
        long roundId = ((Number) runtime.getVariable(pi.getId(), "committeeRoundId")).longValue();
        var round = reviewQueries.round(flow.user("coord1"), roundId);
        assertThat(round.recusals()).singleElement().satisfies(r -> assertThat(r.userId()).isEqualTo("committee2"));
        steps.committeeRound(pi.getId(), 4);
        assertThat(pi).isWaitingAt("Task_EvaluateAsCommittee");
        assertThat((String) runtime.getVariable(pi.getId(), "committeeScoreSummary")).contains("目標の達成度：4.00");
        assertThat(reviewQueries.round(flow.user("coord1"), roundId).proposals().get(0).result().scorers()).isEqualTo(2);
    }

    @Test
    void aProposalSchemeStartsTheFlowWithThePartnerAlreadyChosen() {
        var p = starter.startFromProposal(new ProjectInputs.ProposalHandover(9001L, ProjectSteps.GROUP_1,
                "dept-kosodate", "提案：学習支援教室", "学習の場が不足", "KYOIKU", "COOPERATION_AGREEMENT"));
        ProcessInstance pi = instance(p);
        assertThat(pi).isWaitingAt("Task_NegotiateAgreement").hasNotPassed("Task_ConsiderCollaboration");
        assertThat(p.origin()).isEqualTo("PROPOSAL");
        assertThat(p.proposalId()).isEqualTo(9001L);
        assertThat(p.partnerGroupId()).isEqualTo(ProjectSteps.GROUP_1);
        assertThat(runtime.getVariable(pi.getId(), "partnerGroup")).isEqualTo("group-1");
        assertThatThrownBy(() -> starter.startFromProposal(new ProjectInputs.ProposalHandover(9002L, 999L,
                "dept-kosodate", "未登録団体", "課題", "KYOIKU", "COHOSTING")))
                .hasMessageContaining("登録団体ではありません");
    }
}

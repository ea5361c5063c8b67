package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.ReviewRules.Threshold;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.ReviewFlow.Round;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of CommitteeReviewProcess: stage-1 cut, conflicts, no quorum, approver deviation. */
@IntegrationTest
class CommitteeReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ReviewFlow review;
    @Autowired ReviewQueries queries;
    @Autowired Flow flow;
    @Autowired ReviewRoundService rounds;
    @Autowired jp.kyodoflow.committee.round.Hearings hearings;

    final List<String> members = List.of("committee1", "committee2", "committee3", "committee4", "committee5");

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    static ReviewRules twoStage(int minScorers) {
        return new ReviewRules(List.of(Stage.DOCUMENT, Stage.HEARING),
                List.of(new Criterion("public", "公益性", 2, 1, 5), new Criterion("feasible", "実現可能性", 1, 1, 5)),
                new Threshold(Threshold.Kind.NORMALISED_100, 60), new Threshold(Threshold.Kind.NORMALISED_100, 50),
                ReviewRules.ConflictPolicy.EXCLUDE, minScorers, ReviewRules.TieBreak.HIGHER_CRITERION, "public", null, false);
    }

    final Map<String, ProcessInstance> started = new java.util.HashMap<>();

    /** The instance as first seen (still usable for assertions once it has ended). */
    ProcessInstance pi(Round r) {
        return started.computeIfAbsent(r.processInstanceId(),
                id -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult());
    }

    @Test
    void twoStagesWithRegisterAndDeclaredConflictsStageOneCutAndAnApproverWhoDeparts() {
        String officer = review.member("cm-officer", "利益", "相反");
        List<String> roster = List.of("committee1", "committee2", officer, "committee4");
        long groupWithOfficer = review.registerGroup("相反の会", "利益 相反", officer);
        long config = review.config("二段階テスト", twoStage(3));
        Round round = review.start(config, roster, List.of(
                new RoundInputs.ProposalInput("TEST", 1L, "提案A 子ども食堂", groupWithOfficer, 300000),
                new RoundInputs.ProposalInput("TEST", 2L, "提案B 防災マップ", 2L, 200000),
                new RoundInputs.ProposalInput("TEST", 3L, "提案C 低評価", null, 100000)));
        long a = proposalId(round, "提案A 子ども食堂");
        long b = proposalId(round, "提案B 防災マップ");
        long c = proposalId(round, "提案C 低評価");
        assertThat(pi(round)).isWaitingAt("Task_ConfirmInterests");

        // the officer of A's group is conflicted without declaring anything; committee2 declares one for B
        var officerRows = review.sheet(review.task(round, "Task_ConfirmInterests", officer), "interestSheet");
        assertThat(officerRows).filteredOn(r -> ((Number) r.get("proposalId")).longValue() == a).singleElement()
                .satisfies(r -> assertThat(r.get("registerMatch").toString()).contains("役員"));
        assertThatThrownBy(() -> flow.complete(round.processInstanceId(), review.task(round, "Task_ConfirmInterests", "committee1"),
                "committee1", Map.of("noInterestConfirmed", false))).hasMessageContaining("利害関係がないことを確認しました");
        review.confirmAll(round, roster, Map.of("committee2", b));
        assertThat(pi(round)).isWaitingAt("Task_ScoreDocuments");

        // a conflicted member gets no rows for that proposal, and cannot score it
        var officerSheet = review.task(round, "Task_ScoreDocuments", officer);
        assertThat(review.sheet(officerSheet, "scoreSheet")).noneMatch(r -> ((Number) r.get("proposalId")).longValue() == a);
        var sneaky = review.filledSheet(officerSheet, (p, k) -> 5);
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>) sneaky.get("scoreSheet");
        rows.add(Map.of("proposalId", a, "criterionCode", "public", "score", 5));
        assertThatThrownBy(() -> flow.complete(round.processInstanceId(), officerSheet, officer, sneaky))
                .hasMessageContaining("利害関係があるため、この提案は採点できません");

        // document screening: C falls below 50 and stops there
        review.scoreAll(round, "Task_ScoreDocuments", roster, (p, k) -> p == c ? 1 : 4);
        assertThat(pi(round)).isWaitingAt("Task_ScheduleHearing");
        flow.complete(round.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-14",
                "startTime", "13:30", "place", "佐久市役所 大会議室", "presentationMinutes", 7, "questionMinutes", 8,
                "hearingOrder", List.of(Map.of("proposalId", b, "position", 1), Map.of("proposalId", a, "position", 2))));
        assertThat(review.sheet(review.task(round, "Task_ScoreAtHearing", "committee1"), "scoreSheet"))
                .noneMatch(r -> ((Number) r.get("proposalId")).longValue() == c);

        // hearing: A 5/5 from three scorers (the officer is excluded), B 2/2 → below 60
        review.scoreAll(round, "Task_ScoreAtHearing", roster, (p, k) -> p == a ? 5 : 2);
        assertThat(pi(round)).isWaitingAt("Task_WriteComments");
        assertThat(review.task(round, "Task_WriteComments", "committee1")).isNotNull();

        // before the result a conflicted member reads no other scores
        assertThat(queries.scores(flow.user(officer), round.id())).allMatch(s -> s.member().equals(officer));

        flow.complete(round.processInstanceId(), review.task(round, "Task_WriteComments", "committee1"), "committee1",
                Map.of("commentSheet", List.of(Map.of("proposalId", a, "comment", "地域性が高い"),
                        Map.of("proposalId", b, "comment", "計画の具体化が必要"), Map.of("proposalId", c, "comment", "要件不足")),
                        "recommendation", "提案Aの採択を答申する"));
        assertThat(pi(round)).isWaitingAt("Task_DecideProposals");

        // the approver adopts B against the recommendation: only with a reason
        var decide = List.of(Map.<String, Object>of("proposalId", a, "decision", "ADOPT"),
                Map.<String, Object>of("proposalId", b, "decision", "ADOPT_WITH_CONDITIONS", "conditions", "予算を精査すること"),
                Map.<String, Object>of("proposalId", c, "decision", "REJECT"));
        assertThatThrownBy(() -> flow.complete(round.processInstanceId(), "Task_DecideProposals", "approver1",
                Map.of("decisionSheet", decide))).hasMessageContaining("推薦と異なる決定のため、理由を入力してください");
        var withReason = new java.util.ArrayList<>(decide);
        withReason.set(1, Map.of("proposalId", b, "decision", "ADOPT_WITH_CONDITIONS", "conditions", "予算を精査すること",
                "deviationReason", "防災計画上の優先度が高い"));
        flow.complete(round.processInstanceId(), "Task_DecideProposals", "approver1", Map.of("decisionSheet", withReason));
        assertThat(pi(round)).isEnded().hasPassed("Task_PublishResult", "EndEvent_RoundDecided");

        var view = queries.round(flow.user("coord1"), round.id());
        assertThat(view.status()).isEqualTo("DECIDED");
        assertThat(view.recusals()).extracting(x -> x.userId() + ":" + x.source())
                .contains(officer + ":REGISTER", "committee2:DECLARED");
        assertThat(view.minutes()).anyMatch(e -> e.step().equals("除斥") && e.reason().contains(officer));
        var resultA = view.proposals().stream().filter(p -> p.id() == a).findFirst().orElseThrow();
        assertThat(resultA.result().scorers()).isEqualTo(3);
        assertThat(resultA.result().excluded()).containsExactly(officer);
        assertThat(resultA.result().normalised()).isEqualTo(100.0);
        assertThat(resultA.result().rank()).isEqualTo(1);
        assertThat(resultA.decision()).isEqualTo("ADOPT");
        var resultB = view.proposals().stream().filter(p -> p.id() == b).findFirst().orElseThrow();
        assertThat(resultB.decision()).isEqualTo("ADOPT_WITH_CONDITIONS");
        assertThat(resultB.deviationReason()).isEqualTo("防災計画上の優先度が高い");
        var resultC = view.proposals().stream().filter(p -> p.id() == c).findFirst().orElseThrow();
        assertThat(resultC.stage1Passed()).isFalse();
        assertThat(resultC.decision()).isEqualTo("REJECT");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(round.processInstanceId()).count()).isZero();
        assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(round.processInstanceId()).variableName("reviewDecisions").singleResult().getValue()
                .toString()).contains("ADOPT_WITH_CONDITIONS");
    }

    @Test
    void noQuorumLetsTheCoordinatorRescoreOrProceed() {
        ReviewRules hearingOnly = new ReviewRules(List.of(Stage.HEARING), List.of(new Criterion("all", "総合", 1, 0, 10)),
                new Threshold(Threshold.Kind.SHARE_OF_MAX, 0.5), null, ReviewRules.ConflictPolicy.EXCLUDE, 3,
                ReviewRules.TieBreak.SHARED, null, null, true);
        long config = review.config("定足数テスト", hearingOnly);
        List<String> roster = List.of("committee1", "committee2", "committee3");
        Round round = review.start(config, roster, List.of(new RoundInputs.ProposalInput("TEST", 10L, "提案Q", null, 0)));
        review.confirmAll(round, roster, Map.of());
        assertThat(pi(round)).isWaitingAt("Task_ScheduleHearing").hasNotPassed("Task_ScoreDocuments");
        long q = proposalId(round, "提案Q");
        flow.complete(round.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-01",
                "startTime", "10:00", "place", "会議室", "presentationMinutes", 5, "questionMinutes", 5,
                "hearingOrder", List.of(Map.of("proposalId", q, "position", 1))));

        // committee3 abstains: two scorers < quorum of three
        flow.complete(round.processInstanceId(), review.task(round, "Task_ScoreAtHearing", "committee3"), "committee3",
                Map.of("abstain", true, "scoringNote", "体調不良で欠席"));
        for (String m : List.of("committee1", "committee2")) {
            var t = review.task(round, "Task_ScoreAtHearing", m);
            flow.complete(round.processInstanceId(), t, m, review.filledSheet(t, (p, k) -> 8));
        }
        flow.runJobs(round.processInstanceId());
        assertThat(pi(round)).isWaitingAt("Task_ResolveQuorum");
        assertThat((String) runtime.getVariable(round.processInstanceId(), "quorumSummary")).contains("定足数不足");

        flow.complete(round.processInstanceId(), "Task_ResolveQuorum", "coord1",
                Map.of("quorumDecision", "RESCORE", "quorumReason", "後日全員で再採点"));
        assertThat(pi(round)).isWaitingAt("Task_ScoreAtHearing");
        review.scoreAll(round, "Task_ScoreAtHearing", roster, (p, k) -> 7);
        assertThat(pi(round)).isWaitingAt("Task_WriteComments");
        var view = queries.round(flow.user("coord1"), round.id());
        assertThat(view.proposals().get(0).result().scorers()).isEqualTo(3);
        assertThat(view.proposals().get(0).result().normalised()).isEqualTo(70.0);

        // a second round that proceeds without quorum: the proposal is not recommended
        Round second = review.start(config, roster, List.of(new RoundInputs.ProposalInput("TEST", 11L, "提案R", null, 0)));
        review.confirmAll(second, roster, Map.of());
        long r = proposalId(second, "提案R");
        flow.complete(second.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-01",
                "startTime", "9:00", "place", "会議室", "presentationMinutes", 5, "questionMinutes", 0,
                "hearingOrder", List.of(Map.of("proposalId", r, "position", 1))));
        for (String m : roster) {
            flow.complete(second.processInstanceId(), review.task(second, "Task_ScoreAtHearing", m), m, Map.of("abstain", true));
        }
        flow.runJobs(second.processInstanceId());
        flow.complete(second.processInstanceId(), "Task_ResolveQuorum", "coord1",
                Map.of("quorumDecision", "PROCEED", "quorumReason", "期限のため"));
        assertThat(pi(second)).isWaitingAt("Task_WriteComments");
        assertThat(queries.round(flow.user("coord1"), second.id()).proposals().get(0).resultLabel()).contains("定足数不足");
    }

    @Test
    void outOfRangeMissingAndDuplicateScoresAreRefusedOnTheServer() {
        long config = review.config("検証テスト", twoStage(1));
        List<String> roster = List.of("committee1", "committee2");
        Round round = review.start(config, roster, List.of(new RoundInputs.ProposalInput("TEST", 20L, "提案V", null, 0)));
        review.confirmAll(round, roster, Map.of());
        var t = review.task(round, "Task_ScoreDocuments", "committee1");
        var vars = review.filledSheet(t, (p, k) -> k.equals("public") ? 9 : null);
        assertThatThrownBy(() -> flow.complete(round.processInstanceId(), t, "committee1", vars))
                .hasRootCauseInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("1〜5点で入力してください（入力：9）").hasMessageContaining("点数を入力してください");
        flow.complete(round.processInstanceId(), t, "committee1", review.filledSheet(t, (p, k) -> 3));
        assertThat(review.task(round, "Task_ScoreDocuments", "committee1")).isNull();
    }

    @Test
    void aSchemeCallsTheRoundAsACallActivityAndGetsTheDecisionsBack() {
        var caller = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("TestSchemeCallingCommittee")
                .camundaHistoryTimeToLive(1).startEvent().callActivity("CallActivity_Committee")
                .calledElement("CommitteeReviewProcess").camundaIn("roundId", "roundId").camundaOut("reviewDecisions", "reviewDecisions")
                .userTask("Task_AfterReview").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("caller.bpmn", caller).deploy();
        long config = review.config("呼び出しテスト", new ReviewRules(List.of(Stage.HEARING),
                List.of(new Criterion("x", "総合", 1, 0, 10)), new Threshold(Threshold.Kind.NORMALISED_100, 50), null,
                ReviewRules.ConflictPolicy.EXCLUDE, 1, ReviewRules.TieBreak.SHARED, null, null, false));
        List<String> roster = List.of("committee1", "committee2");
        long roundId = rounds.create(new RoundInputs.CreateRound("スキームからの審査", config, null,
                List.of(new RoundInputs.MemberInput("committee1", null, true), new RoundInputs.MemberInput("committee2", null, false)),
                List.of(new RoundInputs.ProposalInput("CITIZEN_PROPOSAL", 77L, "提案S", null, 0))), "coord1");
        ProcessInstance schemeInstance = runtime.startProcessInstanceByKey("TestSchemeCallingCommittee", Map.of("roundId", roundId));
        ProcessInstance child = runtime.createProcessInstanceQuery().superProcessInstanceId(schemeInstance.getId()).singleResult();
        Round round = new Round(roundId, child.getId());
        review.confirmAll(round, roster, Map.of());
        long s = proposalId(round, "提案S");
        flow.complete(child.getId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-01", "startTime", "10:00",
                "place", "会議室", "presentationMinutes", 5, "questionMinutes", 5, "hearingOrder", List.of(Map.of("proposalId", s, "position", 1))));
        review.scoreAll(round, "Task_ScoreAtHearing", roster, (p, k) -> 9);
        flow.complete(child.getId(), review.task(round, "Task_WriteComments", "committee1"), "committee1",
                Map.of("commentSheet", List.of(Map.of("proposalId", s, "comment", "良い")), "recommendation", "採択を答申"));
        flow.complete(child.getId(), "Task_DecideProposals", "approver1",
                Map.of("decisionSheet", List.of(Map.of("proposalId", s, "decision", "ADOPT"))));
        assertThat(schemeInstance).isWaitingAt("Task_AfterReview");
        assertThat(runtime.getVariable(schemeInstance.getId(), "reviewDecisions").toString())
                .contains("\"refType\":\"CITIZEN_PROPOSAL\"", "\"refId\":77", "\"decision\":\"ADOPT\"");
    }

    @Test
    void theMinutesListEveryStepOfTheRoundInOrderWithWhoDidIt() {
        long config = review.config("議事録テスト", new ReviewRules(List.of(Stage.HEARING),
                List.of(new Criterion("x", "総合", 1, 0, 10)), new Threshold(Threshold.Kind.NORMALISED_100, 50), null,
                ReviewRules.ConflictPolicy.EXCLUDE, 1, ReviewRules.TieBreak.SHARED, null, null, false));
        List<String> roster = List.of("committee1", "committee2");
        Round round = review.start(config, roster, List.of(new RoundInputs.ProposalInput("TEST", 30L, "提案M", null, 0)));
        assertThat(pi(round)).isWaitingAt("Task_ConfirmInterests");
        long m = proposalId(round, "提案M");
        review.confirmAll(round, roster, Map.of("committee2", m));
        flow.complete(round.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-01",
                "startTime", "10:00", "place", "会議室", "presentationMinutes", 5, "questionMinutes", 5,
                "hearingOrder", List.of(Map.of("proposalId", m, "position", 1))));
        hearings.recordAttendance(round.id(), m, true, "coord1");
        var sheet = review.task(round, "Task_ScoreAtHearing", "committee1");
        flow.complete(round.processInstanceId(), sheet, "committee1", review.filledSheet(sheet, (p, k) -> 9));
        // committee2 is recused from the round's only proposal: no scoring task, and the round does not wait for one
        assertThat(review.task(round, "Task_ScoreAtHearing", "committee2")).isNull();
        flow.runJobs(round.processInstanceId());
        flow.complete(round.processInstanceId(), review.task(round, "Task_WriteComments", "committee1"), "committee1",
                Map.of("commentSheet", List.of(Map.of("proposalId", m, "comment", "良い")), "recommendation", "採択を答申"));
        flow.complete(round.processInstanceId(), "Task_DecideProposals", "approver1", Map.of("decisionSheet",
                List.of(Map.of("proposalId", m, "decision", "ADOPT_WITH_CONDITIONS", "conditions", "予算を精査すること"))));
        assertThat(pi(round)).isEnded();

        assertThat(queries.round(flow.user("coord1"), round.id()).minutes())
                .extracting(e -> e.step() + "|" + e.outcome() + "|" + e.reason() + "|" + e.actor())
                .containsExactly(
                        "審査会の設定|CREATED|議事録テスト 第1版|coord1",
                        "利害関係の確認|CONFIRMED|null|committee1",
                        "除斥|DECLARED:" + m + "|committee2：提案団体の顧問|system",
                        "利害関係の確認|CONFIRMED|null|committee2",
                        "公開プレゼンテーションの設定|SCHEDULED|2027-02-01 会議室|coord1",
                        "公開プレゼンテーション|ATTENDED:" + m + "|null|coord1",
                        "採点（HEARING）|SUBMITTED|1件|committee1",
                        "集計（HEARING）|1件が基準以上|" + String.format("・提案M：%.2f点（基準以上）", 90.0) + "|system",
                        "講評・答申|WRITTEN|採択を答申|committee1",
                        "採否の決定|ADOPT_WITH_CONDITIONS:" + m + "|予算を精査すること|approver1",
                        "結果の確定|DECIDED|null|system");
        // a member reads no minutes
        assertThat(queries.round(flow.user("committee1"), round.id()).minutes()).isEmpty();
    }

    long proposalId(Round round, String title) {
        return queries.round(flow.user("coord1"), round.id()).proposals().stream().filter(p -> p.title().equals(title))
                .findFirst().orElseThrow().id();
    }
}

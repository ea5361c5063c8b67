package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every gateway path of CitizenProposalProcess; the committee's decisions are handed over as the round does. */
@IntegrationTest
class CitizenProposalProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ProposalRoundService rounds;
    @Autowired ProposalService proposals;
    @Autowired ReviewConfigService configs;
    @Autowired NoticeService notices;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    record Case(long roundId, long proposalId, long groupId, ProcessInstance pi) {
    }

    Case submit(String name, boolean budgetVote) {
        long group = review.registerGroup(name, "会員 " + name, null);
        OffsetDateTime now = ProposalFixtures.now();
        RoundRules rules = FormValues.JSON.convertValue(ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false,
                budgetVote), RoundRules.class);
        long config = configs.list().get(0).id();
        var round = rounds.create(new ProposalInputs.CreateRound("テスト募集 " + name, rules, config,
                List.of(new RoundInputs.MemberInput("committee1", null, true))), "coord1");
        ProposalContent content = FormValues.JSON.convertValue(ProposalFixtures.content("提案 " + name), ProposalContent.class);
        CurrentUser applicant = new CurrentUser("applicant3", Set.of(Roles.APPLICANT, Roles.civicGroup(group)));
        var view = proposals.create(applicant, round.id(), new ProposalInputs.ProposalInput(group, content, true));
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + view.id()).singleResult();
        return new Case(round.id(), view.id(), group, pi);
    }

    String status(Case c) {
        return proposals.get(flow.user("coord1"), c.proposalId()).status();
    }

    void eligible(Case c) {
        flow.complete(c.pi().getId(), "Task_ConfirmEligibility", "coord1", Map.of("eligibilityDecision", "ELIGIBLE"));
    }

    void opinions(Case c) {
        for (String user : List.of("kosodate1", "bosai1")) {
            flow.complete(c.pi().getId(), flow.tasksOf(c.pi().getId(), "Task_GiveOpinion", user), user, Map.of("feasibility",
                    "FEASIBLE", "roleFit", "APPROPRIATE", "budgetAvailability", "AVAILABLE"));
        }
        flow.runJobs(c.pi().getId());
    }

    void decide(Case c, String decision, String conditions) {
        rounds.distributeDecisions(c.roundId(), List.of(new ProposalRoundService.Decision("CITIZEN_PROPOSAL", c.proposalId(),
                decision, conditions)));
    }

    @Test
    void sentBackCorrectedThenEligibleOpinionsAndAdoptedWithoutABudgetVote() {
        Case c = submit("差戻し後に受理", false);
        assertThat(c.pi()).isWaitingAt("Task_ConfirmEligibility");
        assertThatThrownBy(() -> flow.complete(c.pi().getId(), "Task_ConfirmEligibility", "coord1",
                Map.of("eligibilityDecision", "SEND_BACK"))).hasMessageContaining("差戻しの理由を入力してください");
        flow.complete(c.pi().getId(), "Task_ConfirmEligibility", "coord1",
                Map.of("eligibilityDecision", "SEND_BACK", "eligibilityReason", "目標値を具体的に"));
        assertThat(c.pi()).isWaitingAt("Task_CorrectProposal");
        assertThat(status(c)).isEqualTo("SENT_BACK");
        flow.complete(c.pi().getId(), "Task_CorrectProposal", "applicant3", Map.of("correctionDone", true));
        assertThat(c.pi()).isWaitingAt("Task_ConfirmEligibility");
        eligible(c);
        assertThat(c.pi()).isWaitingAt("Task_GiveOpinion");
        opinions(c);
        assertThat(c.pi()).isWaitingAt("Event_ReviewDecided");
        assertThat(status(c)).isEqualTo("AWAITING_REVIEW");
        decide(c, "ADOPT", null);
        flow.runJobs(c.pi().getId()); // the handover runs behind its own async boundary
        assertThat(c.pi()).isEnded().hasPassed("Task_StartCollaborationProject", "EndEvent_ToAgreement")
                .hasNotPassed("Event_BudgetVoted");
        assertThat(proposals.get(flow.user("coord1"), c.proposalId()).projectId()).isNotNull();
    }

    @Test
    void sentBackProposalIsRemindedAndLapses() {
        Case c = submit("失効", false);
        flow.complete(c.pi().getId(), "Task_ConfirmEligibility", "coord1",
                Map.of("eligibilityDecision", "SEND_BACK", "eligibilityReason", "収支予算書を添付してください"));
        flow.fireTimer(c.pi().getId(), "Timer_ProposalCorrectionReminder");
        flow.fireTimer(c.pi().getId(), "Timer_ProposalCorrectionDeadline");
        assertThat(c.pi()).isEnded().hasPassed("Task_RemindProposalCorrection", "EndEvent_ProposalLapsed");
        assertThat(status(c)).isEqualTo("LAPSED");
        assertThat(notices.forCase("PROPOSAL", c.proposalId())).extracting(NoticeService.NoticeView::kind)
                .contains("SUBMITTED", "SENT_BACK", "REMINDER", "LAPSED");
    }

    @Test
    void notAcceptedEndsWithANotice() {
        Case c = submit("不受理", false);
        flow.complete(c.pi().getId(), "Task_ConfirmEligibility", "coord1",
                Map.of("eligibilityDecision", "NOT_ACCEPTED", "eligibilityReason", "営利を目的とする事業"));
        assertThat(c.pi()).isEnded().hasPassed("EndEvent_NotAccepted");
        assertThat(status(c)).isEqualTo("NOT_ACCEPTED");
        assertThat(notices.forCase("PROPOSAL", c.proposalId())).anyMatch(n -> n.kind().equals("NOT_ACCEPTED")
                && n.body().contains("営利"));
    }

    @Test
    void lateOpinionsAreRemindedAndEscalatedToTheCoordinator() {
        Case c = submit("意見の催促", false);
        eligible(c);
        var kosodateTask = flow.tasksOf(c.pi().getId(), "Task_GiveOpinion", "kosodate1");
        assertThat(kosodateTask.getDueDate()).isNotNull();
        for (var job : engine.getManagementService().createJobQuery().processInstanceId(c.pi().getId()).timers().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        assertThat(notices.forCase("PROPOSAL", c.proposalId())).extracting(NoticeService.NoticeView::kind)
                .contains("REMINDER", "ESCALATION");
        assertThat(c.pi()).isWaitingAt("Task_GiveOpinion");
    }

    @Test
    void adoptedWithConditionsIsRevisedUntilAcceptedThenTheBudgetIsRejected() {
        Case c = submit("条件付き採択", true);
        eligible(c);
        opinions(c);
        decide(c, "ADOPT_WITH_CONDITIONS", "事業費の内訳を精査すること");
        assertThat(c.pi()).isWaitingAt("Task_ReviseProposal");
        assertThat(status(c)).isEqualTo("REVISING");
        flow.complete(c.pi().getId(), "Task_ReviseProposal", "applicant3", Map.of("revisionSummary", "消耗品費を見直した"));
        assertThatThrownBy(() -> rounds.recordBudgetVote(c.roundId(), "APPROVED", null, "coord1"))
                .hasMessageContaining("修正確認が終わっていません");
        flow.complete(c.pi().getId(), "Task_ConfirmRevision", "coord1",
                Map.of("revisionDecision", "REQUEST_AGAIN", "revisionComment", "謝金の根拠も示してください"));
        assertThat(c.pi()).isWaitingAt("Task_ReviseProposal");
        flow.complete(c.pi().getId(), "Task_ReviseProposal", "applicant3", Map.of("revisionSummary", "謝金の単価表を添付"));
        flow.complete(c.pi().getId(), "Task_ConfirmRevision", "coord1", Map.of("revisionDecision", "ACCEPT"));
        assertThat(c.pi()).isWaitingAt("Event_BudgetVoted");
        rounds.recordBudgetVote(c.roundId(), "REJECTED", "予算案否決", "coord1");
        rounds.distributeBudgetVote(c.roundId());
        assertThat(c.pi()).isEnded().hasPassed("EndEvent_BudgetRejected");
        assertThat(status(c)).isEqualTo("BUDGET_REJECTED");
        assertThat(notices.forCase("PROPOSAL", c.proposalId())).extracting(NoticeService.NoticeView::kind)
                .contains("ADOPT_WITH_CONDITIONS", "BUDGET_REJECTED");
    }

    @Test
    void aCallWithoutBudgetVoteEndsAfterTheDecisionsAndRefusesAnEmptyReview() {
        Case c = submit("議決なしの募集", false);
        String roundPi = rounds.get(c.roundId()).processInstanceId();
        ProcessInstance call = runtime.createProcessInstanceQuery().processInstanceId(roundPi).singleResult();
        assertThat(call).isWaitingAt("Timer_SubmissionClosed");
        rounds.closeEarly(c.roundId(), "coord1");
        flow.fireTimer(roundPi, "Timer_SubmissionClosed");
        assertThat(call).isWaitingAt("Task_StartCommitteeReview");
        assertThatThrownBy(() -> flow.complete(roundPi, "Task_StartCommitteeReview", "coord1", Map.of("startReview", true)))
                .hasMessageContaining("審査の対象となる提案");
        eligible(c);
        opinions(c);
        long config = review.config("議決なし審査", new jp.kyodoflow.committee.ReviewRules(
                List.of(jp.kyodoflow.committee.ReviewRules.Stage.HEARING),
                List.of(new jp.kyodoflow.committee.ReviewRules.Criterion("x", "総合", 1, 0, 10)),
                new jp.kyodoflow.committee.ReviewRules.Threshold(jp.kyodoflow.committee.ReviewRules.Threshold.Kind.NORMALISED_100, 50),
                null, jp.kyodoflow.committee.ReviewRules.ConflictPolicy.EXCLUDE, 1,
                jp.kyodoflow.committee.ReviewRules.TieBreak.SHARED, null, null, false));
        jdbc.update("update proposal_round set review_config_id = ? where id = ?", config, c.roundId());
        flow.complete(roundPi, "Task_StartCommitteeReview", "coord1", Map.of("startReview", true));
        assertThat(call).isWaitingAt("CallActivity_CommitteeReview");
        assertThat(status(c)).isEqualTo("IN_REVIEW");
        String committeePi = runtime.createProcessInstanceQuery().superProcessInstanceId(roundPi).singleResult().getId();
        long committeeRound = ((Number) runtime.getVariable(roundPi, "committeeRoundId")).longValue();
        var round = new ReviewFlow.Round(committeeRound, committeePi);
        review.confirmAll(round, List.of("committee1"), Map.of());
        long rp = jdbc.queryForObject("select id from review_proposal where round_id = ?", Long.class, committeeRound);
        flow.complete(committeePi, "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-01", "startTime", "10:00",
                "place", "会議室", "presentationMinutes", 5, "questionMinutes", 5, "hearingOrder", List.of(Map.of("proposalId", rp, "position", 1))));
        review.scoreAll(round, "Task_ScoreAtHearing", List.of("committee1"), (p, k) -> 8);
        flow.complete(committeePi, review.task(round, "Task_WriteComments", "committee1"), "committee1",
                Map.of("commentSheet", List.of(Map.of("proposalId", rp, "comment", "良い")), "recommendation", "採択"));
        flow.complete(committeePi, "Task_DecideProposals", "approver1",
                Map.of("decisionSheet", List.of(Map.of("proposalId", rp, "decision", "ADOPT"))));
        assertThat(call).isEnded().hasPassed("Task_DistributeDecisions", "EndEvent_RoundDone").hasNotPassed("Task_RecordBudgetVote");
        flow.runJobs(c.pi().getId()); // the handover runs behind its own async boundary
        assertThat(c.pi()).isEnded().hasPassed("EndEvent_ToAgreement");
        assertThat(status(c)).isEqualTo("TO_AGREEMENT");
    }

    @Test
    void rejectedEndsWithANotice() {
        Case c = submit("不採択", true);
        eligible(c);
        opinions(c);
        decide(c, "REJECT", null);
        assertThat(c.pi()).isEnded().hasPassed("EndEvent_Rejected");
        assertThat(status(c)).isEqualTo("REJECTED");
        assertThat(notices.forCase("PROPOSAL", c.proposalId())).anyMatch(n -> n.kind().equals("REJECT"));
    }

    /**
     * The council's vote covers the whole call; the handover of each adopted proposal runs on its own.
     * A group whose registration lapsed after adoption becomes an incident on its own case, and the
     * other project starts; the vote stays recorded.
     */
    @Test
    void aBudgetVoteStartsEveryProjectAndALapsedGroupIsAnIncidentOnItsOwnCase() {
        long groupA = review.registerGroup("議決後に始まる会", "会員 甲", null);
        long groupB = review.registerGroup("登録が切れる会", "会員 乙", null);
        OffsetDateTime now = ProposalFixtures.now();
        RoundRules rules = FormValues.JSON.convertValue(ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false,
                true), RoundRules.class);
        var round = rounds.create(new ProposalInputs.CreateRound("議決と引継ぎのテスト", rules, configs.list().get(0).id(),
                List.of(new RoundInputs.MemberInput("committee1", null, true))), "coord1");
        List<Case> cases = new java.util.ArrayList<>();
        for (long group : List.of(groupA, groupB)) {
            ProposalContent content = FormValues.JSON.convertValue(ProposalFixtures.content("引継ぎ " + group), ProposalContent.class);
            var view = proposals.create(new CurrentUser("applicant3", Set.of(Roles.APPLICANT, Roles.civicGroup(group))),
                    round.id(), new ProposalInputs.ProposalInput(group, content, true));
            Case c = new Case(round.id(), view.id(), group,
                    runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + view.id()).singleResult());
            cases.add(c);
        }
        for (Case c : cases) {
            eligible(c);
            opinions(c);
        }
        rounds.distributeDecisions(round.id(), cases.stream().map(c -> new ProposalRoundService.Decision(
                "CITIZEN_PROPOSAL", c.proposalId(), "ADOPT", null)).toList());
        for (Case c : cases) {
            assertThat(c.pi()).isWaitingAt("Event_BudgetVoted");
        }
        jdbc.update("update civic_group set status = 'LAPSED' where id = ?", groupB);

        rounds.recordBudgetVote(round.id(), "APPROVED", "可決", "coord1");
        rounds.distributeBudgetVote(round.id());
        for (Case c : cases) {
            assertThat(c.pi()).as("the vote committed; each handover waits for its own job").isWaitingAt("Task_StartCollaborationProject");
        }
        Case started = cases.get(0);
        Case lapsed = cases.get(1);
        flow.runJobs(started.pi().getId());
        assertThat(started.pi()).isEnded().hasPassed("EndEvent_ToAgreement");
        assertThat(proposals.get(flow.user("coord1"), started.proposalId()).projectId()).isNotNull();

        var management = engine.getManagementService();
        var job = management.createJobQuery().processInstanceId(lapsed.pi().getId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("登録団体ではありません");
        }
        var incidents = runtime.createIncidentQuery().list();
        assertThat(incidents).filteredOn(i -> i.getProcessInstanceId().equals(lapsed.pi().getId())).singleElement()
                .satisfies(i -> assertThat(i.getIncidentMessage()).contains("登録団体ではありません"));
        assertThat(incidents).noneMatch(i -> i.getProcessInstanceId().equals(started.pi().getId()));
        assertThat(lapsed.pi()).isWaitingAt("Task_StartCollaborationProject");
        assertThat(proposals.get(flow.user("coord1"), lapsed.proposalId()).projectId()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from collaboration_project where proposal_id = ?", Long.class,
                lapsed.proposalId())).isZero();
        assertThat(jdbc.queryForObject("select budget_vote from proposal_round where id = ?", String.class, round.id()))
                .isEqualTo("APPROVED");
    }
}

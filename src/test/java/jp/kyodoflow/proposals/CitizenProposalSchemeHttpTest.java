package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole call of the citizen-proposed scheme through the API: a group, the coordinator, two
 * departments, five committee members (one an officer of the applicant group) and the approver;
 * the refusals store nothing; two simultaneous submissions of one draft make one proposal; the
 * adopted proposal waits for the budget vote and arrives at 協議 of the project flow.
 */
@IntegrationTest
class CitizenProposalSchemeHttpTest {

    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    Api as(String user) {
        return new Api(rest, user);
    }

    long proposals() {
        return jdbc.queryForObject("select count(*) from proposal where status <> 'DRAFT'", Long.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWholeCallFromProposalToTheAgreementStep() throws Exception {
        // the applicant group has 審査 五月 (committee5) among its officers
        long group = review.registerGroup("こどもの居場所ネット", "審査 五月", null);
        long otherGroup = review.registerGroup("相談していない会", "会員 一", null);
        long lapsedGroup = review.registerGroup("登録切れの会", "会員 二", null);
        jdbc.update("update civic_group set status = 'LAPSED' where id = ?", lapsedGroup);
        Api g = as("applicant3");
        Api coord = as("coord1");

        Map<String, Object> rules = Map.of("stages", List.of("HEARING"), "criteria", List.of(
                Map.of("code", "public", "name", "公益性", "weight", 1, "minScore", 1, "maxScore", 5),
                Map.of("code", "synergy", "name", "協働の必要性・相乗効果", "weight", 1, "minScore", 1, "maxScore", 5)),
                "threshold", Map.of("kind", "NORMALISED_100", "value", 60), "conflictPolicy", "EXCLUDE",
                "minScorers", 3, "tieBreak", "SHARED", "anonymised", true);
        long configId = ((Number) coord.post("/api/review-configs", Map.of("name", "市民提案型テスト", "rules", rules))
                .getBody().get("id")).longValue();
        List<Map<String, Object>> committee = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            committee.add(Map.of("userId", "committee" + i, "affiliation", "委員", "chair", i == 1));
        }
        var now = ProposalFixtures.now();
        var call = coord.post("/api/proposal-rounds", Map.of("title", "令和8年度 市民提案型協働事業",
                "rules", ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), true, true),
                "reviewConfigId", configId, "committee", committee));
        assertThat(call.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long roundId = ((Number) call.getBody().get("id")).longValue();
        String roundPi = (String) call.getBody().get("processInstanceId");
        assertThat(g.post("/api/proposal-rounds", Map.of()).getStatusCode().is4xxClientError()).isTrue();

        assertThat(coord.post("/api/proposal-rounds/" + roundId + "/pre-consultations", Map.of("groupId", group,
                "heldOn", now.toLocalDate().toString(), "people", "代表・子育て支援課 係長", "departmentGroup", "dept-kosodate",
                "notes", "会場と役割分担を相談")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        coord.post("/api/proposal-rounds/" + roundId + "/pre-consultations", Map.of("groupId", lapsedGroup,
                "heldOn", now.toLocalDate().toString(), "people", "代表"));

        // refusals, each storing nothing
        long before = proposals();
        var noConsultation = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", otherGroup, "content", ProposalFixtures.content("相談なしの提案"), "submit", true));
        assertThat(noConsultation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noConsultation.getBody().get("detail").toString()).contains("事前相談が必要です");
        var unregistered = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", lapsedGroup, "content", ProposalFixtures.content("登録切れの提案"), "submit", true));
        assertThat(unregistered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unregistered.getBody().get("detail").toString()).contains("登録団体ではない");
        Map<String, Object> unbalanced = ProposalFixtures.content("収支が合わない提案");
        unbalanced.put("budget", ProposalFixtures.budget(10000, 450000, 0, 500000));
        var inconsistent = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", group, "content", unbalanced, "submit", true));
        assertThat(inconsistent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(inconsistent.getBody().get("detail").toString()).contains("460,000円", "500,000円");
        Map<String, Object> greedy = ProposalFixtures.content("負担が多すぎる提案");
        greedy.put("budget", ProposalFixtures.budget(0, 500000, 0, 500000));
        var overCap = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", group, "content", greedy, "submit", true));
        assertThat(overCap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(overCap.getBody().get("detail").toString()).contains("450,000円");
        var closedCall = coord.post("/api/proposal-rounds", Map.of("title", "締切済みの募集",
                "rules", ProposalFixtures.rules(now.minusDays(10), now.minusDays(1), false, false),
                "reviewConfigId", configId, "committee", committee));
        var late = g.post("/api/proposal-rounds/" + closedCall.getBody().get("id") + "/proposals",
                Map.of("groupId", group, "content", ProposalFixtures.content("遅れた提案"), "submit", true));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(late.getBody().get("detail").toString()).contains("募集期間外");
        assertThat(proposals()).isEqualTo(before);

        // a draft, then two simultaneous submissions of it: one proposal, one process
        var draft = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", group, "content", ProposalFixtures.content("放課後こどもの居場所"), "submit", false));
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long proposalId = ((Number) draft.getBody().get("id")).longValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpStatus>> submits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            submits.add(pool.submit(() -> {
                go.await();
                return HttpStatus.valueOf(g.post("/api/proposals/" + proposalId + "/submit", Map.of()).getStatusCode().value());
            }));
        }
        go.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> f : submits) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(HttpStatus.OK);
        assertThat(statuses).filteredOn(s -> s != HttpStatus.OK).allMatch(s -> s.is4xxClientError());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + proposalId).count()).isEqualTo(1);
        var second = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", group, "content", ProposalFixtures.content("2件目の提案"), "submit", true));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(second.getBody().get("detail").toString()).contains("1団体1件まで");

        // 要件審査 and 意見照会
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + proposalId).singleResult().getId();
        coord.complete(pi, "Task_ConfirmEligibility", Map.of("eligibilityDecision", "ELIGIBLE"));
        assertThat(((List<Map<String, Object>>) (List<?>) as("applicant3").list("/api/notices").getBody()))
                .anyMatch(n -> "ACCEPTED".equals(n.get("kind")));
        as("kosodate1").complete(pi, "Task_GiveOpinion", Map.of("feasibility", "FEASIBLE", "roleFit", "APPROPRIATE",
                "budgetAvailability", "AVAILABLE", "opinionComments", "公民館の調理室を提供できる"));
        as("bosai1").complete(pi, "Task_GiveOpinion", Map.of("feasibility", "CONDITIONAL", "roleFit", "NEEDS_ADJUSTMENT",
                "budgetAvailability", "PARTIAL", "opinionComments", "避難訓練との連携を検討"));
        flow.runJobs(pi);
        Map<String, Object> mine = g.get("/api/proposals/" + proposalId).getBody();
        assertThat(mine.get("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(mine.get("nextForGroup").toString()).contains("審査会");

        // the call closes; the coordinator starts the committee round
        assertThat(as("committee1").post("/api/proposal-rounds/" + roundId + "/close", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(coord.post("/api/proposal-rounds/" + roundId + "/close", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
        var afterClose = as("applicant3").post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", otherGroup, "content", ProposalFixtures.content("締切後の提案"), "submit", false));
        assertThat(afterClose.getBody().get("detail").toString()).contains("募集期間外");
        flow.fireTimer(roundPi, "Timer_SubmissionClosed");
        // 審査会の開始 says how many proposals go to the committee (not a bare 「○ の提案を…」)
        assertThat(String.valueOf(taskService.getVariableLocal(flow.task(roundPi, "Task_StartCommitteeReview").getId(),
                "readinessSummary"))).contains("○ PR-" + proposalId, "○ の付いた 1 件の提案を審査会で審査します");
        coord.complete(roundPi, "Task_StartCommitteeReview", Map.of("startReview", true));
        long committeeRoundId = ((Number) runtime.getVariable(roundPi, "committeeRoundId")).longValue();
        String committeePi = runtime.createProcessInstanceQuery().superProcessInstanceId(roundPi).singleResult().getId();
        Map<String, Object> reviewRound = coord.get("/api/review-rounds/" + committeeRoundId).getBody();
        assertThat((List<Map<String, Object>>) reviewRound.get("recusals"))
                .anyMatch(r -> "committee5".equals(r.get("userId")) && "REGISTER".equals(r.get("source")));
        long reviewProposal = ((Number) ((List<Map<String, Object>>) reviewRound.get("proposals")).get(0).get("id")).longValue();

        for (int i = 1; i <= 5; i++) {
            Api m = as("committee" + i);
            String taskId = m.taskId(committeePi, "Task_ConfirmInterests");
            var sheet = ((Map<String, Object>) m.get("/api/tasks/" + taskId).getBody().get("variables")).get("interestSheet");
            m.post("/api/tasks/" + taskId + "/complete", Map.of("interestSheet", sheet, "noInterestConfirmed", true));
        }
        flow.runJobs(committeePi);
        coord.complete(committeePi, "Task_ScheduleHearing", Map.of("heldOn", ProposalFixtures.now().plusDays(20).toLocalDate().toString(),
                "startTime", "13:30", "place", "市民活動交流センター", "presentationMinutes", 7, "questionMinutes", 8,
                "hearingOrder", List.of(Map.of("proposalId", reviewProposal, "position", 1))));
        // committee5 is recused (register) from the only proposal: no scoring task, and the round does not wait for one
        assertThat(flow.tasksOf(committeePi, "Task_ScoreAtHearing", "committee5")).isNull();
        for (int i = 1; i <= 4; i++) {
            List<Map<String, Object>> scores = List.of(
                    Map.of("proposalId", reviewProposal, "criterionCode", "public", "score", 4),
                    Map.of("proposalId", reviewProposal, "criterionCode", "synergy", "score", 5));
            assertThat(as("committee" + i).post("/api/review-rounds/" + committeeRoundId + "/score-sheet",
                    Map.of("stage", "HEARING", "scores", scores)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        flow.runJobs(committeePi);
        as("committee1").complete(committeePi, "Task_WriteComments", Map.of("commentSheet",
                List.of(Map.of("proposalId", reviewProposal, "comment", "地域のニーズに合っている")), "recommendation", "採択を答申する"));
        as("approver1").complete(committeePi, "Task_DecideProposals", Map.of("decisionSheet",
                List.of(Map.of("proposalId", reviewProposal, "decision", "ADOPT"))));

        // adopted: waits for the council's budget vote
        mine = g.get("/api/proposals/" + proposalId).getBody();
        assertThat(mine.get("status")).isEqualTo("AWAITING_BUDGET");
        assertThat(((List<Map<String, Object>>) (List<?>) g.list("/api/notices").getBody()))
                .anyMatch(n -> "ADOPT".equals(n.get("kind")));
        coord.complete(roundPi, "Task_RecordBudgetVote", Map.of("budgetVote", "APPROVED",
                "voteDate", ProposalFixtures.now().toLocalDate().toString(), "budgetVoteNote", "3月定例会で可決"));
        flow.runJobs(pi); // the handover to the project flow runs behind its own async boundary

        // at 協議 of the project flow, with the data carried over
        mine = g.get("/api/proposals/" + proposalId).getBody();
        assertThat(mine.get("status")).isEqualTo("TO_AGREEMENT");
        long projectId = ((Number) mine.get("projectId")).longValue();
        Map<String, Object> project = (Map<String, Object>) g.get("/api/projects/" + projectId).getBody().get("project");
        assertThat(project).containsEntry("origin", "PROPOSAL").containsEntry("departmentGroup", "dept-kosodate")
                .containsEntry("partnerGroupId", (int) group).containsEntry("collaborationForm", "COOPERATION_AGREEMENT");
        String projectPi = (String) project.get("processInstanceId");
        Map<String, Object> negotiate = as("kosodate1").get("/api/tasks/" + as("kosodate1").taskId(projectPi,
                "Task_NegotiateAgreement")).getBody();
        Map<String, Object> vars = (Map<String, Object>) negotiate.get("variables");
        assertThat(vars.get("purpose")).isEqualTo("地域の大人が見守る居場所を週2回開く");
        assertThat(((Number) vars.get("cityContribution")).longValue()).isEqualTo(450000L);
        Map<String, Object> overLimit = new HashMap<>(jp.kyodoflow.support.ProjectStepsData.agreement());
        overLimit.put("cityContribution", 460000);
        var refusedAgreement = as("kosodate1").complete(projectPi, "Task_NegotiateAgreement", overLimit);
        assertThat(refusedAgreement.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusedAgreement.getBody().get("detail").toString()).contains("上限（450,000円）");
    }
}

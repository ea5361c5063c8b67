package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A fresh call of the citizen scheme for the portal's case pages, walked through the API as its users would:
 * proposal A (子育て支援課 and 防災危機管理課 answered, so it waits for the committee), proposal C (only 子育て支援課
 * answered), proposal B (環境政策課 only, not yet screened); then the call closes and the committee round starts
 * with A. Each proposal belongs to a new group that applicant3 acts for.
 */
final class CaseData {

    record Call(long roundId, String roundPi, long committeeRoundId, long proposalA, long proposalB, long proposalC,
                long groupA, String titleA, String titleB, String titleC) {
    }

    private final TestRestTemplate rest;
    private final ReviewFlow review;
    private final Flow flow;
    private final RuntimeService runtime;

    CaseData(TestRestTemplate rest, ReviewFlow review, Flow flow, RuntimeService runtime) {
        this.rest = rest;
        this.review = review;
        this.flow = flow;
        this.runtime = runtime;
    }

    Api as(String user) {
        return new Api(rest, user);
    }

    Call call(String tag) {
        Api coord = as("coord1");
        Api g = as("applicant3");
        long groupA = review.registerGroup("居場所の会" + tag, "会員 一", null);
        long groupB = review.registerGroup("みどりの会" + tag, "会員 二", null);
        long groupC = review.registerGroup("見守りの会" + tag, "会員 三", null);
        List<Map<String, Object>> committee = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            committee.add(Map.of("userId", "committee" + i, "affiliation", "委員", "chair", i == 1));
        }
        var now = ProposalFixtures.now();
        var call = coord.post("/api/proposal-rounds", Map.of("title", "ポータル経過テスト募集" + tag,
                "rules", ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false, true),
                "reviewConfigId", 1, "committee", committee)).getBody();
        long roundId = ((Number) call.get("id")).longValue();
        String roundPi = (String) call.get("processInstanceId");

        String titleA = "放課後の居場所" + tag;
        String titleB = "公園の花壇づくり" + tag;
        String titleC = "高齢者の見守り" + tag;
        long a = submit(g, roundId, groupA, ProposalFixtures.content(titleA));
        Map<String, Object> contentB = ProposalFixtures.content(titleB);
        contentB.put("departments", List.of("dept-kankyo"));
        long b = submit(g, roundId, groupB, contentB);
        long c = submit(g, roundId, groupC, ProposalFixtures.content(titleC));

        for (long id : List.of(a, c)) {
            String pi = pi(id);
            coord.complete(pi, "Task_ConfirmEligibility", Map.of("eligibilityDecision", "ELIGIBLE"));
            as("kosodate1").complete(pi, "Task_GiveOpinion", opinion("FEASIBLE", "内部メモ：調理室は火曜のみ空き"));
        }
        as("bosai1").complete(pi(a), "Task_GiveOpinion", opinion("CONDITIONAL", "内部メモ：防災訓練と日程調整"));
        flow.runJobs(pi(a));

        coord.post("/api/proposal-rounds/" + roundId + "/close", Map.of());
        flow.fireTimer(roundPi, "Timer_SubmissionClosed");
        coord.complete(roundPi, "Task_StartCommitteeReview", Map.of("startReview", true));
        long committeeRoundId = ((Number) runtime.getVariable(roundPi, "committeeRoundId")).longValue();
        return new Call(roundId, roundPi, committeeRoundId, a, b, c, groupA, titleA, titleB, titleC);
    }

    String pi(long proposalId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("PR-" + proposalId).singleResult().getId();
    }

    private static long submit(Api g, long roundId, long groupId, Map<String, Object> content) {
        var created = g.post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", groupId, "content", content, "submit", true));
        if (!created.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("proposal refused: " + created.getBody());
        }
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static Map<String, Object> opinion(String feasibility, String comment) {
        Map<String, Object> o = new HashMap<>();
        o.put("feasibility", feasibility);
        o.put("roleFit", "APPROPRIATE");
        o.put("budgetAvailability", "AVAILABLE");
        o.put("opinionComments", comment);
        return o;
    }
}

package jp.kyodoflow.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.TestTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The scheme's steps as its users take them through the HTTP API: themes drafted and approved, calls published. */
final class ThemeHttpSteps {

    static final List<String> MEMBERS = List.of("committee1", "committee2", "committee3");

    private final TestRestTemplate rest;
    private final RuntimeService runtime;

    ThemeHttpSteps(TestRestTemplate rest, RuntimeService runtime) {
        this.rest = rest;
        this.runtime = runtime;
    }

    Api as(String user) {
        return new Api(rest, user);
    }

    /** DraftThemeForm's values (and the POST /api/themes body) for a theme in the last quarter of this fiscal year. */
    static Map<String, Object> draft(String title, long ceiling, boolean preConsultation) {
        var year = TestTime.thisFiscalYear();
        Map<String, Object> v = new HashMap<>();
        v.put("fiscalYear", year.year());
        v.put("title", title);
        v.put("problem", "災害時に支援が必要な高齢者の把握が進んでいない");
        v.put("desiredOutcome", "地区ごとの見守り名簿と訓練の仕組みができる");
        v.put("expectedWork", "名簿づくりの説明会、訓練の企画・運営");
        v.put("budgetCeilingYen", ceiling);
        v.put("fundingRate", 100);
        v.put("periodFrom", year.firstDay().plusMonths(8).toString());
        v.put("periodTo", year.lastDay().toString());
        v.put("collaborationForm", "COOPERATION_AGREEMENT");
        v.put("preConsultationRequired", preConsultation);
        return v;
    }

    long drafted(String user, Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> created = as(user).post("/api/themes", body);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    String pi(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    void forwardAndApprove(long themeId) {
        String pi = pi("TH-" + themeId);
        assertThat(as("coord1").complete(pi, "Task_ReviewTheme", Map.of("reviewDecision", "FORWARD"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(as("approver1").complete(pi, "Task_ApproveTheme", Map.of("approvalDecision", "APPROVE"))
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    long approvedTheme(String title, long ceiling, boolean preConsultation) {
        long id = drafted("kosodate1", draft(title, ceiling, preConsultation));
        forwardAndApprove(id);
        return id;
    }

    /** A ranking configuration saved by the coordinator: two criteria, 60 of 100 to pass, three scorers. */
    long reviewConfig(String name) {
        Map<String, Object> rules = Map.of("stages", List.of("HEARING"), "criteria", List.of(
                Map.of("code", "public", "name", "公益性", "weight", 1, "minScore", 1, "maxScore", 5),
                Map.of("code", "synergy", "name", "協働の必要性・相乗効果", "weight", 1, "minScore", 1, "maxScore", 5)),
                "threshold", Map.of("kind", "NORMALISED_100", "value", 60), "conflictPolicy", "EXCLUDE",
                "minScorers", 3, "tieBreak", "SHARED", "anonymised", false);
        var saved = as("coord1").post("/api/review-configs", Map.of("name", name, "rules", rules));
        assertThat(saved.getStatusCode().is2xxSuccessful()).as("%s", saved.getBody()).isTrue();
        return ((Number) saved.getBody().get("id")).longValue();
    }

    /** POST /api/theme-calls: open since an hour ago, questions until an hour before the close. */
    static Map<String, Object> call(List<Long> themeIds, OffsetDateTime closes, long configId) {
        OffsetDateTime now = ProposalFixtures.now();
        List<Map<String, Object>> committee = new ArrayList<>();
        MEMBERS.forEach(m -> committee.add(Map.of("userId", m, "affiliation", "委員", "chair", m.equals("committee1"))));
        Map<String, Object> body = new HashMap<>();
        body.put("themeIds", themeIds);
        body.put("opensAt", now.minusHours(1).toString());
        body.put("closesAt", closes.toString());
        body.put("questionsCloseAt", closes.minusHours(1).toString());
        body.put("preConsultationCutoff", closes.toLocalDate().toString());
        body.put("briefingAt", now.plusDays(1).toString());
        body.put("briefingPlace", "市役所 301会議室");
        body.put("reviewConfigId", configId);
        body.put("committee", committee);
        body.put("reviewScope", "THEME");
        return body;
    }

    long published(List<Long> themeIds, OffsetDateTime closes, long configId) {
        var call = as("coord1").post("/api/theme-calls", call(themeIds, closes, configId));
        assertThat(call.getStatusCode()).as("%s", call.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) call.getBody().get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    long roundOf(long themeId) {
        Map<String, Object> theme = as("coord1").get("/api/themes/" + themeId).getBody();
        return ((Number) ((Map<String, Object>) theme.get("current")).get("proposalRoundId")).longValue();
    }

    /** A proposal's body (submitted at once) with the city's share and the total cost given; own funds the rest. */
    static Map<String, Object> proposal(long groupId, String title, long cityShare, long expenses) {
        Map<String, Object> content = ProposalFixtures.content(title);
        content.put("budget", ProposalFixtures.budget(expenses - cityShare, cityShare, 0, expenses));
        return Map.of("groupId", groupId, "content", content, "submit", true);
    }

    ResponseEntity<Map<String, Object>> propose(String user, long roundId, Map<String, Object> body) {
        return as(user).post("/api/proposal-rounds/" + roundId + "/proposals", body);
    }

    static String detail(ResponseEntity<Map<String, Object>> response) {
        return String.valueOf(response.getBody().get("detail")) + " " + response.getBody().get("reasons");
    }
}

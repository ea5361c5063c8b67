package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.CityRulePresets;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What users tripped over (issue 9): a call without a cap, the late refusal's closing time, CLOSED right after closing, the 要件審査 summary. */
@IntegrationTest
class ProposalCallFixesHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired ProposalScreening screening;
    @Autowired RuntimeService runtime;

    long openCall(String title, Long cap) {
        OffsetDateTime now = ProposalFixtures.now();
        Map<String, Object> rules = new HashMap<>(ProposalFixtures.rules(now.minusHours(1), now.plusDays(7), false, false));
        rules.put("capYen", cap);
        ResponseEntity<Map<String, Object>> created = new Api(rest, "coord1").post("/api/proposal-rounds", Map.of("title", title,
                "rules", rules, "reviewConfigId", review.config(title + "の設定", CityRulePresets.kyodoDefault()),
                "committee", List.of(Map.of("userId", "committee1", "chair", true))));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    ResponseEntity<Map<String, Object>> submit(long call, String title, long expenses, long city) {
        long group = review.registerGroup(title, "代表 " + title, null);
        Map<String, Object> content = new HashMap<>(ProposalFixtures.content(title));
        content.put("budget", ProposalFixtures.budget(expenses - city, city, 0, expenses));
        return new Api(rest, "applicant3").post("/api/proposal-rounds/" + call + "/proposals",
                Map.of("groupId", group, "content", content, "submit", true));
    }

    @Test
    void aCallWithoutACapLimitsTheCityShareByTheRateOnlyAndSaysSo() {
        long call = openCall("上限なしの募集", null);
        Map<String, Object> read = new Api(rest, "coord1").get("/api/proposal-rounds/" + call).getBody();
        assertThat(((Map<?, ?>) read.get("rules")).get("capYen")).isNull();
        assertThat(submit(call, "上限なしで90万円", 1_000_000, 900_000).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> over = submit(call, "上限なしでも割合は超えられない", 1_000_000, 900_001);
        assertThat(over.getBody().get("detail").toString()).contains("最大900,000円（上限なし）");
        assertThat(new PortalSession(rest, null).get("/calls/" + call).getBody()).contains("上限なし");

        long nothing = openCall("上限0円の募集", 0L);
        assertThat(submit(nothing, "上限0円で1円", 100_000, 1).getBody().get("detail").toString())
                .contains("市の負担額（1円）が上限を超えています", "最大0円（上限0円）");
    }

    @Test
    void closingACallAnswersClosedAtOnceAndALateProposalIsToldTheClosingDateAndTime() {
        long call = openCall("早めに締め切る募集", 500_000L);
        ResponseEntity<Map<String, Object>> closed = new Api(rest, "coord1").post("/api/proposal-rounds/" + call + "/close", Map.of());
        assertThat(closed.getBody().get("status")).isEqualTo("CLOSED");
        String closesAt = ((Map<?, ?>) closed.getBody().get("rules")).get("closesAt").toString();
        ResponseEntity<Map<String, Object>> late = submit(call, "締切後の提案", 500_000, 450_000);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(late.getBody().get("detail").toString()).contains("募集期間外",
                "募集は" + JapaneseFormat.dayTime(OffsetDateTime.parse(closesAt)) + "に締め切りました").containsPattern("\\d+時\\d\\d分");
    }

    @Test
    void theEligibilitySummaryShowsDepartmentNamesAndJapaneseDates() {
        long call = openCall("要件審査の要約", 500_000L);
        ResponseEntity<Map<String, Object>> submitted = submit(call, "要約を読む提案", 500_000, 450_000);
        long id = ((Number) submitted.getBody().get("id")).longValue();
        String summary = screening.summary(id);
        assertThat(summary).contains("担当課：子育て支援課、危機管理課", "期間：").containsPattern("期間：\\d{4}年\\d+月\\d+日〜")
                .doesNotContain("dept-", "-01");
    }
}

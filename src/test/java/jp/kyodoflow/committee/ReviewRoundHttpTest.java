package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A round through the HTTP API: the coordinator sets it up, a member who is an officer of the
 * applicant group (in the register, never declared) is kept out and tries to read and to score,
 * the others score, the chair comments, the approver decides, and the exports are read back.
 */
@IntegrationTest
class ReviewRoundHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;

    Api as(String user) {
        return new Api(rest, user);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoundThroughTheApiWithAConflictedMemberKeptOutByTheRegister() throws Exception {
        // 審査 四郎 (committee4) is an officer of the applicant group by name only
        long group = review.registerGroup("四郎の地域づくり会", "審査　四郎", null);
        Map<String, Object> rules = Map.of("stages", List.of("HEARING"),
                "criteria", List.of(Map.of("code", "public", "name", "公益性", "weight", 2, "minScore", 1, "maxScore", 5),
                        Map.of("code", "plan", "name", "計画性", "weight", 1, "minScore", 1, "maxScore", 5)),
                "threshold", Map.of("kind", "NORMALISED_100", "value", 60), "conflictPolicy", "EXCLUDE", "minScorers", 3,
                "tieBreak", "SHARED", "anonymised", true);
        var config = as("coord1").post("/api/review-configs", Map.of("name", "APIテスト設定", "rules", rules));
        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as("committee1").post("/api/review-configs", Map.of("name", "x", "rules", rules)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            members.add(Map.of("userId", "committee" + i, "affiliation", "学識経験者", "chair", i == 1));
        }
        var created = as("coord1").post("/api/review-rounds", Map.of("title", "令和8年度 市民提案型 審査会",
                "configId", config.getBody().get("id"), "members", members, "proposals", List.of(
                        Map.of("refType", "TEST", "refId", 1, "title", "四郎の会の提案", "applicantGroupId", group, "requestedYen", 400000),
                        Map.of("refType", "TEST", "refId", 2, "title", "別の提案", "requestedYen", 300000))));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long roundId = ((Number) created.getBody().get("id")).longValue();
        String pi = (String) created.getBody().get("processInstanceId");
        List<Map<String, Object>> proposals = (List<Map<String, Object>>) created.getBody().get("proposals");
        long conflicted = ((Number) proposals.get(0).get("id")).longValue();
        long other = ((Number) proposals.get(1).get("id")).longValue();
        assertThat((List<Map<String, Object>>) created.getBody().get("recusals")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("userId", "committee4").containsEntry("source", "REGISTER"));

        for (int i = 1; i <= 5; i++) {
            Api member = as("committee" + i);
            String taskId = member.taskId(pi, "Task_ConfirmInterests");
            Map<String, Object> task = member.get("/api/tasks/" + taskId).getBody();
            var sheet = ((Map<String, Object>) task.get("variables")).get("interestSheet");
            assertThat(member.post("/api/tasks/" + taskId + "/complete", Map.of("interestSheet", sheet,
                    "noInterestConfirmed", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        flow.runJobs(pi);
        as("coord1").complete(pi, "Task_ScheduleHearing", Map.of("heldOn", "2027-02-14", "startTime", "13:30",
                "place", "佐久市民活動交流センター", "presentationMinutes", 7, "questionMinutes", 8,
                "hearingOrder", List.of(Map.of("proposalId", other, "position", 1), Map.of("proposalId", conflicted, "position", 2))));

        assertThat(as("coord1").post("/api/review-rounds/" + roundId + "/attendance",
                Map.of("proposalId", other, "attended", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("committee1").post("/api/review-rounds/" + roundId + "/attendance",
                Map.of("proposalId", other, "attended", false)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> hearing = ((List<Map<String, Object>>) as("coord1").get("/api/review-rounds/" + roundId)
                .getBody().get("hearings")).get(0);
        assertThat(hearing.get("place")).isEqualTo("佐久市民活動交流センター");
        assertThat((List<Map<String, Object>>) hearing.get("slots")).extracting(x -> x.get("startsAt"), x -> x.get("attended"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("13:30:00", true), org.assertj.core.groups.Tuple.tuple("13:45:00", null));

        // the conflicted member: no rows for that proposal, scoring it is refused, other scores unreadable
        Api c4 = as("committee4");
        var c4Sheet = c4.list("/api/review-rounds/" + roundId + "/score-sheet?stage=HEARING").getBody();
        assertThat(c4Sheet).extracting(r -> ((Number) r.get("proposalId")).longValue()).containsOnly(other);
        var refused = c4.post("/api/review-rounds/" + roundId + "/score-sheet", Map.of("stage", "HEARING", "scores", List.of(
                Map.of("proposalId", other, "criterionCode", "public", "score", 4),
                Map.of("proposalId", other, "criterionCode", "plan", "score", 4),
                Map.of("proposalId", conflicted, "criterionCode", "public", "score", 5))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").toString()).contains("利害関係があるため、この提案は採点できません");
        var outOfRange = as("committee2").post("/api/review-rounds/" + roundId + "/score-sheet", Map.of("stage", "HEARING",
                "scores", List.of(Map.of("proposalId", other, "criterionCode", "public", "score", 6))));
        assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfRange.getBody().get("detail").toString()).contains("1〜5点で入力してください", "点数がありません");

        for (int i = 1; i <= 5; i++) {
            boolean isC4 = i == 4;
            List<Map<String, Object>> scores = new ArrayList<>();
            for (long p : isC4 ? List.of(other) : List.of(conflicted, other)) {
                scores.add(Map.of("proposalId", p, "criterionCode", "public", "score", p == conflicted ? 5 : 2));
                scores.add(Map.of("proposalId", p, "criterionCode", "plan", "score", p == conflicted ? 4 : 3));
            }
            assertThat(as("committee" + i).post("/api/review-rounds/" + roundId + "/score-sheet",
                    Map.of("stage", "HEARING", "scores", scores)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        var again = as("committee2").post("/api/review-rounds/" + roundId + "/score-sheet",
                Map.of("stage", "HEARING", "scores", List.of()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(c4.list("/api/review-rounds/" + roundId + "/scores").getBody())
                .allMatch(s -> "committee4".equals(s.get("member")));
        assertThat(as("committee2").list("/api/review-rounds/" + roundId + "/scores").getBody())
                .allMatch(s -> "committee2".equals(s.get("member")));
        flow.runJobs(pi);

        as("committee1").complete(pi, "Task_WriteComments", Map.of("commentSheet", List.of(
                Map.of("proposalId", conflicted, "comment", "具体性が高い"), Map.of("proposalId", other, "comment", "改善の余地あり")),
                "recommendation", "四郎の会の提案を採択すべきと答申する"));
        as("approver1").complete(pi, "Task_DecideProposals", Map.of("decisionSheet", List.of(
                Map.of("proposalId", conflicted, "decision", "ADOPT"), Map.of("proposalId", other, "decision", "REJECT"))));

        Map<String, Object> round = as("coord1").get("/api/review-rounds/" + roundId).getBody();
        assertThat(round.get("status")).isEqualTo("DECIDED");
        Map<String, Object> adopted = ((List<Map<String, Object>>) round.get("proposals")).get(0);
        Map<String, Object> result = (Map<String, Object>) adopted.get("result");
        assertThat(result.get("scorers")).isEqualTo(4);
        assertThat(((Number) result.get("normalised")).doubleValue()).isEqualTo(93.33);
        assertThat(adopted.get("decision")).isEqualTo("ADOPT");

        // published: members read all scores, anonymised; a group's user reads nothing
        var published = c4.list("/api/review-rounds/" + roundId + "/scores").getBody();
        assertThat(published).hasSize(18).anyMatch(s -> s.get("member").toString().startsWith("委員"));
        assertThat(as("applicant1").get("/api/review-rounds/" + roundId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // exports: CSV with BOM, parsed back; XLSX opened with POI
        ResponseEntity<byte[]> csv = rest.withBasicAuth("coord1", "demo")
                .getForEntity("/api/review-rounds/" + roundId + "/export.csv?sheet=TOTALS", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] bytes = csv.getBody();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("順位,提案番号,提案名");
        assertThat(lines[1]).startsWith("1," + conflicted + ",四郎の会の提案").contains("93.33");
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("coord1", "demo")
                .getForEntity("/api/review-rounds/" + roundId + "/export.xlsx", byte[].class);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(wb.getSheet("除斥").getRow(1).getCell(2).getStringCellValue()).contains("審査");
            assertThat(wb.getSheet("集計・順位").getPhysicalNumberOfRows()).isEqualTo(3);
        }
        var memberCsv = rest.withBasicAuth("committee2", "demo")
                .getForEntity("/api/review-rounds/" + roundId + "/export.csv?sheet=SCORES", byte[].class);
        assertThat(new String(memberCsv.getBody(), StandardCharsets.UTF_8)).contains("委員A").doesNotContain("committee");
    }
}

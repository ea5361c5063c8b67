package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad shapes of a round or a score sheet (null rows, a number where yes/no is asked, a fraction
 * where a whole score is asked) are 400 with a sentence naming the field, never a 500, and change
 * nothing: no round is created, the member's scoring task stays open and no score is stored.
 */
@IntegrationTest
class ReviewInputsRefusedHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired JdbcTemplate jdbc;

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoundOrCallWithNullMembersOrProposalsIsRefusedAndNothingStarts() {
        long configId = review.config("null行テスト", CityRulePresets.obu());
        long rounds = count("select count(*) from review_round");
        long instances = count("select count(*) from act_ru_execution");

        ResponseEntity<Map> refused = postRaw("coord1", "/api/review-rounds", "{\"title\":\"null行の審査会\",\"configId\":" + configId
                + ",\"members\":[null],\"proposals\":[null]}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<String>) refused.getBody().get("reasons"))
                .containsExactly("members[0]：入力してください", "proposals[0]：入力してください");

        ResponseEntity<Map> oneNull = postRaw("coord1", "/api/review-rounds", "{\"title\":\"一部null\",\"configId\":" + configId
                + ",\"members\":[{\"userId\":\"committee1\",\"chair\":true},null],"
                + "\"proposals\":[{\"refType\":\"TEST\",\"title\":\"提案\",\"requestedYen\":1}]}");
        assertThat(oneNull.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(oneNull.getBody().get("detail").toString()).contains("members[1]：入力してください");

        long calls = count("select count(*) from proposal_round");
        var now = jp.kyodoflow.support.ProposalFixtures.now();
        ResponseEntity<Map> nullCommittee = rest.withBasicAuth("coord1", "demo").postForEntity("/api/proposal-rounds",
                Map.of("title", "null委員の募集", "rules", jp.kyodoflow.support.ProposalFixtures.rules(now, now.plusDays(3), false, false),
                        "reviewConfigId", configId, "committee", java.util.Arrays.asList((Object) null)), Map.class);
        assertThat(nullCommittee.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) nullCommittee.getBody().get("reasons")).containsExactly("committee[0]：入力してください");

        assertThat(count("select count(*) from review_round")).isEqualTo(rounds);
        assertThat(count("select count(*) from proposal_round")).isEqualTo(calls);
        assertThat(count("select count(*) from act_ru_execution")).isEqualTo(instances);
    }

    @Test
    void aScoreSheetWithNullRowsANonBooleanAbstentionOrAFractionIsRefusedAndTheTaskStaysOpen() {
        List<String> members = List.of("committee1", "committee2", "committee3");
        ReviewRules rules = new ReviewRules(List.of(Stage.DOCUMENT), List.of(new Criterion("a", "公益性", 1, 1, 5)),
                new ReviewRules.Threshold(ReviewRules.Threshold.Kind.NORMALISED_100, 50), null,
                ReviewRules.ConflictPolicy.EXCLUDE, 3, ReviewRules.TieBreak.SHARED, null, null, false);
        var round = review.start(review.config("採点シートの形式テスト", rules), members,
                List.of(new RoundInputs.ProposalInput("TEST", 1L, "形式テストの提案", null, 100)));
        review.confirmAll(round, members, Map.of());
        assertThat(review.task(round, "Task_ScoreDocuments", "committee1")).isNotNull();
        long proposalId = count("select id from review_proposal where round_id = ?", round.id());
        String sheet = "/api/review-rounds/" + round.id() + "/score-sheet";

        ResponseEntity<Map> nullRow = postRaw("committee1", sheet, "{\"stage\":\"DOCUMENT\",\"scores\":[null]}");
        assertThat(nullRow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nullRow.getBody().get("detail")).isEqualTo("入力内容に誤りがあります：scores[0]：入力してください");

        ResponseEntity<Map> numberForYesNo = postRaw("committee1", sheet, "{\"stage\":\"DOCUMENT\",\"abstain\":2}");
        assertThat(numberForYesNo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(numberForYesNo.getBody().get("detail"))
                .isEqualTo("リクエストの形式が正しくありません：「abstain」は真偽値（true または false）で指定してください");
        ResponseEntity<Map> textForYesNo = postRaw("committee1", sheet, "{\"stage\":\"DOCUMENT\",\"abstain\":\"yes\"}");
        assertThat(textForYesNo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(textForYesNo.getBody().get("detail").toString()).contains("「abstain」は真偽値");

        ResponseEntity<Map> fraction = postRaw("committee1", sheet, "{\"stage\":\"DOCUMENT\",\"scores\":[{\"proposalId\":"
                + proposalId + ",\"criterionCode\":\"a\",\"score\":3.7}]}");
        assertThat(fraction.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fraction.getBody().get("detail").toString()).contains("「scores[0].score」は整数で指定してください");

        assertThat(count("select count(*) from review_score where round_id = ?", round.id())).isZero();
        assertThat(count("select count(*) from review_abstention where round_id = ?", round.id())).isZero();
        assertThat(review.task(round, "Task_ScoreDocuments", "committee1")).as("still open").isNotNull();

        // the same member's well-formed sheet is then accepted
        ResponseEntity<Map> good = postRaw("committee1", sheet, "{\"stage\":\"DOCUMENT\",\"abstain\":false,\"scores\":[{\"proposalId\":"
                + proposalId + ",\"criterionCode\":\"a\",\"score\":4}]}");
        assertThat(good.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(count("select count(*) from review_score where round_id = ?", round.id())).isEqualTo(1);
    }

    private ResponseEntity<Map> postRaw(String user, String path, String json) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(path, new org.springframework.http.HttpEntity<>(json, headers), Map.class);
    }
}

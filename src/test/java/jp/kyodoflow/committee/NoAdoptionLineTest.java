package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.HearingRounds.Hearing;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A review configuration without an adoption line (本巣市方式): the committee ranks only; the approver decides
 * each proposal without a recommendation to depart from, and the exports say 採択ラインなし.
 */
@IntegrationTest
class NoAdoptionLineTest {

    @Autowired HearingRounds hearings;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired ReviewQueries queries;
    @Autowired TestRestTemplate rest;

    @Test
    void theRoundRanksOnlyAndTheApproverDecidesWithoutADeviationReason() {
        ReviewRules noLine = new ReviewRules(List.of(Stage.HEARING), HearingRounds.RULES.criteria(), null, null,
                ReviewRules.ConflictPolicy.EXCLUDE, 1, ReviewRules.TieBreak.SHARED, null, null, false);
        Hearing h = hearings.start("採択ラインなしテスト", noLine, List.of("nl-a"), List.of("低い提案", "高い提案"), null);
        long low = h.proposalIds().get(0);
        long high = h.proposalIds().get(1);
        review.scoreAll(h.round(), "Task_ScoreAtHearing", List.of("nl-a"), (p, k) -> p == low ? 1 : 5);

        var comments = review.task(h.round(), "Task_WriteComments", "nl-a");
        flow.complete(h.round().processInstanceId(), comments, "nl-a", Map.of("commentSheet",
                List.of(Map.of("proposalId", low, "comment", "要改善"), Map.of("proposalId", high, "comment", "良い")),
                "recommendation", "順位のとおり報告する"));
        var round = queries.round(flow.user("coord1"), h.roundId());
        assertThat(round.proposals()).filteredOn(p -> p.id() == low).singleElement()
                .satisfies(p -> assertThat(p.resultLabel()).contains("2位", "採択ラインなし").doesNotContain("基準未満"));

        // adopting the low-ranked one needs no deviation reason: there is no recommendation without a line
        flow.complete(h.round().processInstanceId(), "Task_DecideProposals", "approver1", Map.of("decisionSheet",
                List.of(Map.of("proposalId", low, "decision", "ADOPT"), Map.of("proposalId", high, "decision", "ADOPT"))));
        assertThat(queries.round(flow.user("coord1"), h.roundId()).status()).isEqualTo("DECIDED");

        String totals = rest.withBasicAuth("coord1", "demo").getForObject("/api/review-rounds/" + h.roundId()
                + "/export.csv?sheet=TOTALS", String.class);
        assertThat(totals).contains("採択ラインなし").doesNotContain("基準未満");
    }
}

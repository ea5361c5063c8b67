package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.SqlStatements;
import jp.kyodoflow.tasks.WorkService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's score sheet costs the same number of our statements whatever its size (issue 12): the rows are
 * stored in one statement, not one per score.
 */
@IntegrationTest
class ScoreSheetStatementsTest {

    @Autowired HearingRounds hearings;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired WorkService work;

    int ourStatementsOfTheFirstSheet(int proposals, String configName, List<String> members) {
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= proposals; i++) {
            titles.add(configName + " 提案 " + i);
        }
        HearingRounds.Hearing h = hearings.start(configName, members, titles, null);
        Task t = review.task(h.round(), "Task_ScoreAtHearing", members.get(0));
        var sheet = review.filledSheet(t, (proposal, criterion) -> 4);
        var user = flow.user(members.get(0));
        return SqlStatements.count(() -> work.complete(user, t.getId(), sheet)).own();
    }

    @Test
    void aSheetOfTenProposalsCostsAsManyOfOurStatementsAsOneOfTwo() {
        int small = ourStatementsOfTheFirstSheet(2, "採点の文数 2件", List.of("sheetstm1", "sheetstm2"));
        int large = ourStatementsOfTheFirstSheet(10, "採点の文数 10件", List.of("sheetstm3", "sheetstm4"));

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(10);
    }
}

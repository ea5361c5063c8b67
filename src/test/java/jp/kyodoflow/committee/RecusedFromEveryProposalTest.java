package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.HearingRounds.Hearing;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member recused from every proposal of a stage gets no scoring task, and the round goes on without them. */
@IntegrationTest
class RecusedFromEveryProposalTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired HearingRounds hearings;
    @Autowired ReviewFlow review;

    @Test
    void theRecusedMemberHasNoTaskAndTheOthersSheetsAreEnough() {
        BpmnAwareTests.init(engine);
        // one proposal; rf-b declares an interest in it
        Hearing h = hearings.start("全件除斥テスト", List.of("rf-a", "rf-b"), List.of("提案 全件除斥"), "rf-b");
        assertThat(review.task(h.round(), "Task_ScoreAtHearing", "rf-a")).isNotNull();
        assertThat(review.task(h.round(), "Task_ScoreAtHearing", "rf-b")).isNull();

        review.scoreAll(h.round(), "Task_ScoreAtHearing", List.of("rf-a"), (p, k) -> 4);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(h.round().processInstanceId()).singleResult())
                .isWaitingAt("Task_WriteComments");
    }
}

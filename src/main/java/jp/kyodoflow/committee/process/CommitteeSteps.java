package jp.kyodoflow.committee.process;

import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.round.RoundDecisions;
import jp.kyodoflow.committee.round.RoundOpening;
import jp.kyodoflow.committee.round.StageAggregation;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Service tasks of CommitteeReviewProcess: open the round, aggregate a stage, publish the result. */
@Component("committeeSteps")
public class CommitteeSteps {

    private final RoundOpening opening;
    private final StageAggregation aggregation;
    private final RoundDecisions decisions;

    CommitteeSteps(RoundOpening opening, StageAggregation aggregation, RoundDecisions decisions) {
        this.opening = opening;
        this.aggregation = aggregation;
        this.decisions = decisions;
    }

    public void openRound(DelegateExecution execution) {
        var opened = opening.open(roundId(execution), execution.getProcessInstanceId());
        execution.setVariable("memberIds", Variables.objectValue(new java.util.ArrayList<>(opened.memberIds()))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.setVariable("chairId", opened.chairId());
        execution.setVariable("caseLabel", "RR-" + roundId(execution) + " " + opened.title());
        execution.setVariable("hasDocumentStage", opened.hasDocumentStage());
        execution.setVariable("hasHearingStage", opened.hasHearingStage());
        execution.setVariable("approverDecides", opened.approverDecides());
        execution.setVariable("stage1PassedCount", 0);
    }

    /** Task_AggregateDocumentStage: the document stage's scores; who passes to the hearing. */
    public void aggregateDocumentStage(DelegateExecution execution) {
        aggregate(execution, Stage.DOCUMENT.name());
    }

    /** Task_AggregateHearing: the hearing's scores and the ranking. */
    public void aggregateHearing(DelegateExecution execution) {
        aggregate(execution, Stage.HEARING.name());
    }

    private void aggregate(DelegateExecution execution, String stage) {
        var outcome = aggregation.aggregate(roundId(execution), Stage.valueOf(stage));
        if (Stage.DOCUMENT.name().equals(stage)) {
            execution.setVariable("stage1PassedCount", outcome.passedCount());
        }
        execution.setVariable("allQuorate", outcome.allQuorate());
        execution.setVariable("quorumSummary", outcome.summary());
    }

    /** Task_PublishResult. */
    public void publishResult(DelegateExecution execution) {
        var published = decisions.publish(roundId(execution));
        execution.setVariable("reviewDecisions", SpinValues.jsonValue(FormValues.JSON.valueToTree(published).toString()).create());
    }

    static long roundId(DelegateExecution execution) {
        return ((Number) execution.getVariable("roundId")).longValue();
    }
}

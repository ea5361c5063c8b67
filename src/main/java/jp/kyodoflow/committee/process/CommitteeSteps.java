package jp.kyodoflow.committee.process;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.round.RoundDecisions;
import jp.kyodoflow.committee.round.RoundOpening;
import jp.kyodoflow.committee.round.ScoringService;
import jp.kyodoflow.committee.round.StageAggregation;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Service tasks of CommitteeReviewProcess: open the round, aggregate a stage, publish the result; who scores a stage. */
@Component("committeeSteps")
public class CommitteeSteps {

    private final RoundOpening opening;
    private final StageAggregation aggregation;
    private final RoundDecisions decisions;
    private final ScoringService scoring;

    CommitteeSteps(RoundOpening opening, StageAggregation aggregation, RoundDecisions decisions, ScoringService scoring) {
        this.opening = opening;
        this.aggregation = aggregation;
        this.decisions = decisions;
        this.scoring = scoring;
    }

    /**
     * The members who score a stage (the collection of its per-member subprocess): the roster without those
     * recused from every proposal of the stage, who get no scoring task and are not waited for.
     */
    public List<String> scorers(DelegateExecution execution, String stage) {
        return new ArrayList<>(scoring.scorers(roundId(execution), Stage.valueOf(stage)));
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

package jp.kyodoflow.committee.process;

import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.round.Hearings;
import jp.kyodoflow.committee.round.RoundDecisions;
import jp.kyodoflow.committee.round.RecommendationWriting;
import jp.kyodoflow.committee.round.RoundOpening;
import jp.kyodoflow.committee.round.ScoringService;
import jp.kyodoflow.committee.round.Sheets;
import jp.kyodoflow.committee.round.StageAggregation;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task listeners of CommitteeReviewProcess. Sheets are task-local variables so that members who
 * submit at the same moment never write the same process variable; the server checks every row.
 */
@Component("committeeTasks")
public class CommitteeTasks {

    private final RoundOpening opening;
    private final ScoringService scoring;
    private final Hearings hearings;
    private final StageAggregation aggregation;
    private final RecommendationWriting recommendations;
    private final RoundDecisions decisions;

    CommitteeTasks(RoundOpening opening, ScoringService scoring, Hearings hearings, StageAggregation aggregation,
                   RecommendationWriting recommendations, RoundDecisions decisions) {
        this.opening = opening;
        this.scoring = scoring;
        this.hearings = hearings;
        this.aggregation = aggregation;
        this.recommendations = recommendations;
        this.decisions = decisions;
    }

    public void prepareInterestSheet(DelegateTask task) {
        local(task, "interestSheet", opening.interestSheet(roundId(task), task.getAssignee()));
        task.setVariableLocal("noInterestConfirmed", false);
    }

    public void confirmInterests(DelegateTask task) {
        requireAssignee(task);
        FormValues v = FormValues.of(task);
        opening.confirmInterests(roundId(task), task.getAssignee(), v.list("interestSheet", Sheets.InterestRow.class),
                v.flag("noInterestConfirmed"));
    }

    public void prepareScoreSheet(DelegateTask task, String stage) {
        long roundId = roundId(task);
        scoring.ensureScoring(roundId);
        local(task, "scoreSheet", scoring.sheet(roundId, Stage.valueOf(stage), task.getAssignee()));
        task.setVariableLocal("criteriaGuide", scoring.criteriaGuide(roundId));
        task.setVariableLocal("abstain", false);
        task.setVariableLocal("scoringNote", "");
    }

    /** Task_ScoreDocuments: a member's sheet for the document stage. */
    public void scoreDocuments(DelegateTask task) {
        submitScores(task, Stage.DOCUMENT.name());
    }

    /** Task_ScoreAtHearing: a member's sheet at the hearing. */
    public void scoreAtHearing(DelegateTask task) {
        submitScores(task, Stage.HEARING.name());
    }

    private void submitScores(DelegateTask task, String stage) {
        requireAssignee(task);
        if (Actor.SYSTEM.equals(Actor.of(task)) && scoring.recorded(roundId(task), Stage.valueOf(stage), task.getAssignee())) {
            return; // the secretariat entered the member's paper sheet (HearingConsole.enterPaperSheet) and closes the task
        }
        FormValues v = FormValues.of(task);
        scoring.submit(roundId(task), Stage.valueOf(stage), task.getAssignee(), v.list("scoreSheet", Sheets.ScoreRow.class),
                v.flag("abstain"), v.text("scoringNote"));
    }

    public void prepareHearingOrder(DelegateTask task) {
        local(task, "hearingOrder", hearings.hearingOrder(roundId(task)));
    }

    public void scheduleHearing(DelegateTask task) {
        FormValues v = FormValues.of(task);
        hearings.scheduleHearing(roundId(task), new Hearings.HearingInput(v.date("heldOn"), v.text("startTime"),
                v.text("place"), v.number("presentationMinutes"), v.number("questionMinutes"),
                v.list("hearingOrder", Sheets.HearingRow.class)), Actor.of(task));
    }

    public void resolveQuorum(DelegateTask task) {
        FormValues v = FormValues.of(task);
        aggregation.resolveQuorum(roundId(task), v.text("quorumDecision"), v.text("quorumReason"), Actor.of(task));
    }

    public void prepareCommentSheet(DelegateTask task) {
        local(task, "commentSheet", recommendations.commentSheet(roundId(task)));
        task.setVariableLocal("resultSummary", recommendations.resultSummary(roundId(task)));
    }

    public void writeComments(DelegateTask task) {
        requireAssignee(task);
        FormValues v = FormValues.of(task);
        recommendations.writeComments(roundId(task), task.getAssignee(), v.list("commentSheet", Sheets.CommentRow.class),
                v.text("recommendation"));
    }

    public void prepareDecisionSheet(DelegateTask task) {
        local(task, "decisionSheet", decisions.decisionSheet(roundId(task)));
        task.setVariableLocal("recommendation", decisions.recommendation(roundId(task)));
    }

    public void decideProposals(DelegateTask task) {
        decisions.decide(roundId(task), Actor.of(task), FormValues.of(task).list("decisionSheet", Sheets.DecisionRow.class));
    }

    private static void local(DelegateTask task, String name, List<?> rows) {
        task.setVariableLocal(name, SpinValues.jsonValue(FormValues.JSON.valueToTree(rows).toString()).create());
    }

    /** A member's own task is worked by that member only (the engine enforces it too). */
    private static void requireAssignee(DelegateTask task) {
        String actor = Actor.of(task);
        if (!Actor.SYSTEM.equals(actor) && !actor.equals(task.getAssignee())) {
            throw new BusinessRuleException("この作業は担当の委員本人だけが行えます");
        }
    }

    /** The round is the one our table links to this process instance, never a variable a form could set. */
    private long roundId(DelegateTask task) {
        return opening.roundOf(task.getProcessInstanceId());
    }
}

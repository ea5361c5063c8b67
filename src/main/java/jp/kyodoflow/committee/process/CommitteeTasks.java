package jp.kyodoflow.committee.process;

import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.committee.ScoringService;
import jp.kyodoflow.committee.Sheets;
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

    private final ReviewRoundService rounds;
    private final ScoringService scoring;

    CommitteeTasks(ReviewRoundService rounds, ScoringService scoring) {
        this.rounds = rounds;
        this.scoring = scoring;
    }

    public void prepareInterestSheet(DelegateTask task) {
        local(task, "interestSheet", rounds.interestSheet(roundId(task), task.getAssignee()));
        task.setVariableLocal("noInterestConfirmed", false);
    }

    public void confirmInterests(DelegateTask task) {
        requireAssignee(task);
        FormValues v = FormValues.of(task);
        rounds.confirmInterests(roundId(task), task.getAssignee(), v.list("interestSheet", Sheets.InterestRow.class),
                v.flag("noInterestConfirmed"));
    }

    public void prepareScoreSheet(DelegateTask task, String stage) {
        long roundId = roundId(task);
        rounds.ensureScoring(roundId);
        local(task, "scoreSheet", scoring.sheet(roundId, Stage.valueOf(stage), task.getAssignee()));
        task.setVariableLocal("criteriaGuide", scoring.criteriaGuide(roundId));
        task.setVariableLocal("abstain", false);
        task.setVariableLocal("scoringNote", "");
    }

    public void submitScores(DelegateTask task, String stage) {
        requireAssignee(task);
        FormValues v = FormValues.of(task);
        scoring.submit(roundId(task), Stage.valueOf(stage), task.getAssignee(), v.list("scoreSheet", Sheets.ScoreRow.class),
                v.flag("abstain"), v.text("scoringNote"));
    }

    public void prepareHearingOrder(DelegateTask task) {
        local(task, "hearingOrder", rounds.hearingOrder(roundId(task)));
    }

    public void scheduleHearing(DelegateTask task) {
        FormValues v = FormValues.of(task);
        rounds.scheduleHearing(roundId(task), new RoundInputs.HearingInput(v.date("heldOn"), v.text("startTime"),
                v.text("place"), v.number("presentationMinutes"), v.number("questionMinutes"),
                v.list("hearingOrder", Sheets.HearingRow.class)), Actor.current());
    }

    public void resolveQuorum(DelegateTask task) {
        FormValues v = FormValues.of(task);
        rounds.resolveQuorum(roundId(task), v.text("quorumDecision"), v.text("quorumReason"), Actor.current());
    }

    public void prepareCommentSheet(DelegateTask task) {
        local(task, "commentSheet", rounds.commentSheet(roundId(task)));
        task.setVariableLocal("resultSummary", rounds.resultSummary(roundId(task)));
    }

    public void writeComments(DelegateTask task) {
        requireAssignee(task);
        FormValues v = FormValues.of(task);
        rounds.writeComments(roundId(task), task.getAssignee(), v.list("commentSheet", Sheets.CommentRow.class),
                v.text("recommendation"));
    }

    public void prepareDecisionSheet(DelegateTask task) {
        local(task, "decisionSheet", rounds.decisionSheet(roundId(task)));
        task.setVariableLocal("recommendation", rounds.recommendation(roundId(task)));
    }

    public void decideProposals(DelegateTask task) {
        rounds.decide(roundId(task), Actor.current(), FormValues.of(task).list("decisionSheet", Sheets.DecisionRow.class));
    }

    private static void local(DelegateTask task, String name, List<?> rows) {
        task.setVariableLocal(name, SpinValues.jsonValue(FormValues.JSON.valueToTree(rows).toString()).create());
    }

    /** A member's own task is worked by that member only (the engine enforces it too). */
    private static void requireAssignee(DelegateTask task) {
        String actor = Actor.current();
        if (!Actor.SYSTEM.equals(actor) && !actor.equals(task.getAssignee())) {
            throw new BusinessRuleException("この作業は担当の委員本人だけが行えます");
        }
    }

    /** The round is the one our table links to this process instance, never a variable a form could set. */
    private long roundId(DelegateTask task) {
        return rounds.roundOf(task.getProcessInstanceId());
    }
}

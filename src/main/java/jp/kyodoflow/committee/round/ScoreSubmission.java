package jp.kyodoflow.committee.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring through the API (a hearing console): the member's score sheet completes their own
 * scoring task, exactly as the Tasklist form does, so both paths share every check.
 */
@Service
public class ScoreSubmission {

    public record ScoreInput(Long proposalId, @Size(max = 64) String criterionCode, Integer score) {
    }

    /** A whole sheet: one row per proposal and criterion; {@code abstain} is a JSON boolean (anything else is refused). */
    public record SheetInput(Stage stage, @Size(max = 5000) List<@NotNull @Valid ScoreInput> scores, boolean abstain,
                             @Size(max = 4000) String note) {
    }

    private final ReviewRoundRepository rounds;
    private final TaskService tasks;
    private final EngineAccess engine;
    private final org.camunda.bpm.engine.FormService forms;

    ScoreSubmission(ReviewRoundRepository rounds, TaskService tasks, EngineAccess engine,
                    org.camunda.bpm.engine.FormService forms) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.engine = engine;
        this.forms = forms;
    }

    @Transactional(readOnly = true)
    public List<Sheets.ScoreRow> openSheet(CurrentUser member, long roundId, Stage stage) {
        Task task = openTask(member, roundId, stage);
        return FormValues.JSON.convertValue(FormValues.JSON.valueToTree(engine.as(member,
                () -> readSheet(task.getId()))), FormValues.JSON.getTypeFactory()
                .constructCollectionType(List.class, Sheets.ScoreRow.class));
    }

    @Transactional
    public void submit(CurrentUser member, long roundId, SheetInput in) {
        if (in.stage() == null) {
            throw new BusinessRuleException("採点の段階（DOCUMENT または HEARING）を指定してください");
        }
        Task task = openTask(member, roundId, in.stage());
        List<ScoreInput> scores = in.scores() == null ? List.of() : in.scores();
        if (scores.stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleException("採点の行に空の行（null）があります。提案・項目・点数を入れた行だけを送ってください");
        }
        List<Sheets.ScoreRow> rows = scores.stream()
                .map(s -> new Sheets.ScoreRow(s.proposalId(), null, s.criterionCode(), null, null, s.score())).toList();
        Map<String, Object> vars = new HashMap<>();
        vars.put("scoreSheet", SpinValues.jsonValue(FormValues.JSON.valueToTree(rows).toString()).create());
        vars.put("abstain", in.abstain());
        vars.put("scoringNote", in.note() == null ? "" : in.note());
        // the same door as Tasklist: the sheet's form keys, which stay task-local
        engine.as(member, () -> forms.submitTaskForm(task.getId(), vars));
    }

    private Object readSheet(String taskId) {
        Object sheet = tasks.getVariableLocal(taskId, "scoreSheet");
        try {
            return FormValues.JSON.readTree(String.valueOf(sheet));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Task openTask(CurrentUser member, long roundId, Stage stage) {
        ReviewRound round = rounds.load(roundId);
        if (round.member(member.userId()).isEmpty() || round.processInstanceId == null) {
            throw new NotFoundException("審査会が見つかりません");
        }
        Task task = tasks.createTaskQuery().processInstanceId(round.processInstanceId)
                .taskDefinitionKey(stage == Stage.DOCUMENT ? "Task_ScoreDocuments" : "Task_ScoreAtHearing")
                .taskAssignee(member.userId()).singleResult();
        if (task == null) {
            throw new BusinessRuleException("いま採点できる作業がありません（提出済みか、この段階の採点期間ではありません）");
        }
        return task;
    }
}

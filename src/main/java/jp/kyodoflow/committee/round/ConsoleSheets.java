package jp.kyodoflow.committee.round;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.HearingConsole;
import jp.kyodoflow.committee.ReviewQueries.HearingView;
import jp.kyodoflow.committee.ReviewQueries.SlotView;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the hearing console reads and keeps on a member's open scoring task: the task-local
 * {@code scoreSheet} (the draft, the same rows Tasklist's form shows) and {@code hearingComments}
 * (the member's comment per proposal, a JSON object by proposal id).
 */
@Component
class ConsoleSheets {

    static final String SHEET = "scoreSheet";
    static final String COMMENTS = "hearingComments";
    private static final Map<Stage, String> TASK = Map.of(Stage.DOCUMENT, "Task_ScoreDocuments", Stage.HEARING, "Task_ScoreAtHearing");

    record OpenTask(Task task, Stage stage) {
    }

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;
    private final TaskService tasks;
    private final GroupRegister register;

    ConsoleSheets(ReviewRoundRepository rounds, RoundRecords records, TaskService tasks, GroupRegister register) {
        this.rounds = rounds;
        this.records = records;
        this.tasks = tasks;
        this.register = register;
    }

    /** The round, if the user sits on it; otherwise not found (as the API). */
    ReviewRound memberRound(String userId, long roundId) {
        ReviewRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
        if (round.member(userId).isEmpty()) {
            throw new NotFoundException("審査会が見つかりません");
        }
        return round;
    }

    Optional<OpenTask> openTask(ReviewRound round, String memberId) {
        if (round.processInstanceId == null) {
            return Optional.empty();
        }
        for (Stage stage : Stage.values()) {
            Task task = tasks.createTaskQuery().processInstanceId(round.processInstanceId).taskDefinitionKey(TASK.get(stage))
                    .taskAssignee(memberId).singleResult();
            if (task != null) {
                return Optional.of(new OpenTask(task, stage));
            }
        }
        return Optional.empty();
    }

    List<Sheets.ScoreRow> draft(String taskId) {
        Object sheet = tasks.getVariableLocal(taskId, SHEET);
        return sheet == null ? new ArrayList<>() : new ArrayList<>(read(String.valueOf(sheet), new TypeReference<List<Sheets.ScoreRow>>() { }));
    }

    Map<String, String> comments(String taskId) {
        Object comments = tasks.getVariableLocal(taskId, COMMENTS);
        return comments == null ? new LinkedHashMap<>() : new LinkedHashMap<>(read(String.valueOf(comments),
                new TypeReference<Map<String, String>>() { }));
    }

    void keep(String taskId, List<Sheets.ScoreRow> rows, Map<String, String> comments) {
        tasks.setVariableLocal(taskId, SHEET, SpinValues.jsonValue(FormValues.JSON.valueToTree(rows).toString()).create());
        tasks.setVariableLocal(taskId, COMMENTS, FormValues.JSON.valueToTree(comments).toString());
    }

    /** The member's sheet as the console shows it (for the member, or for the secretariat's paper entry). */
    HearingConsole.Sheet sheet(ReviewRound round, String memberId) {
        Optional<OpenTask> open = openTask(round, memberId);
        Stage stage = open.map(OpenTask::stage).orElseGet(() -> lastStage(round, memberId));
        Map<Long, Map<String, Integer>> scores = new LinkedHashMap<>();
        Map<String, String> comments = Map.of();
        if (open.isPresent()) {
            for (Sheets.ScoreRow row : draft(open.get().task().getId())) {
                if (row.score() != null && row.proposalId() != null) {
                    scores.computeIfAbsent(row.proposalId(), k -> new LinkedHashMap<>()).put(row.criterionCode(), row.score());
                }
            }
            comments = comments(open.get().task().getId());
        } else {
            scores.putAll(records.memberScores(round.id, stage.name(), round.attempt(stage), memberId));
        }
        boolean submitted = open.isEmpty() && records.hasSheet(round.id, stage.name(), round.attempt(stage), memberId);
        Set<Long> recused = records.conflictedProposals(round.id, memberId);
        List<HearingView> hearings = records.hearings(round.id);
        HearingView hearing = stage == Stage.HEARING && !hearings.isEmpty() ? hearings.get(hearings.size() - 1) : null;
        List<HearingConsole.Entry> entries = new ArrayList<>();
        for (Appearance a : order(round, stage, hearing)) {
            Map<String, Integer> own = scores.getOrDefault(a.proposal().id, Map.of());
            boolean complete = round.rules.criteria().stream().allMatch(c -> own.containsKey(c.code()));
            HearingConsole.EntryState state = recused.contains(a.proposal().id) ? HearingConsole.EntryState.RECUSED
                    : complete ? HearingConsole.EntryState.SCORED : HearingConsole.EntryState.TODO;
            entries.add(new HearingConsole.Entry(a.proposal().id, a.proposal().title, groupName(a.proposal()),
                    a.slot() == null ? null : a.slot().position(), a.slot() == null ? null : a.slot().startsAt(), state,
                    state == HearingConsole.EntryState.RECUSED ? Map.of() : own,
                    comments.getOrDefault(String.valueOf(a.proposal().id), ""), total(round.rules.criteria(), own),
                    a.proposal().dossier));
        }
        ReviewRound.Member member = round.member(memberId).orElseThrow();
        return new HearingConsole.Sheet(round.id, round.title, stage, open.isPresent(), submitted,
                hearing == null ? null : hearing.heldOn(), hearing == null ? null : hearing.startTime(),
                hearing == null ? null : hearing.place(), hearing == null ? 0 : hearing.presentationMinutes(),
                hearing == null ? 0 : hearing.questionMinutes(), round.rules.criteria(), round.rules.maxTotal(), entries,
                memberId, member.displayName);
    }

    /** Σ weight × score over the criteria scored so far (the member total of ScoreAggregator once complete). */
    static int total(List<Criterion> criteria, Map<String, Integer> scores) {
        return criteria.stream().filter(c -> scores.containsKey(c.code())).mapToInt(c -> c.weight() * scores.get(c.code())).sum();
    }

    private record Appearance(ReviewProposal proposal, SlotView slot) {
    }

    /** The stage's proposals in order of appearance: the hearing's slots when scheduled, else as added. */
    private static List<Appearance> order(ReviewRound round, Stage stage, HearingView hearing) {
        List<ReviewProposal> in = round.proposalsIn(stage);
        List<Appearance> order = new ArrayList<>();
        if (hearing != null) {
            for (SlotView slot : hearing.slots()) {
                in.stream().filter(p -> p.id.equals(slot.proposalId())).findFirst().ifPresent(p -> order.add(new Appearance(p, slot)));
            }
        }
        in.stream().filter(p -> order.stream().noneMatch(a -> a.proposal() == p)).forEach(p -> order.add(new Appearance(p, null)));
        return order;
    }

    private Stage lastStage(ReviewRound round, String memberId) {
        List<Stage> stages = round.rules.stages();
        for (int i = stages.size() - 1; i >= 0; i--) {
            if (records.hasSheet(round.id, stages.get(i).name(), round.attempt(stages.get(i)), memberId)) {
                return stages.get(i);
            }
        }
        return stages.get(0);
    }

    private String groupName(ReviewProposal p) {
        return p.applicantGroupId == null ? "－" : register.find(p.applicantGroupId).map(d -> d.group().name()).orElse("－");
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return FormValues.JSON.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

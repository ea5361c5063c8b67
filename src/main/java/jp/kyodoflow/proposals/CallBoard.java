package jp.kyodoflow.proposals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's view of one call: its proposals as the person may read them (the same rule as
 * {@link ProposalService#get}), each with its step, the open task and its deadline, and which
 * departments have answered the 意見照会. A fixed number of queries whatever the number of proposals:
 * the call's proposals, the opinions of the call, the open tasks of those cases; no histories.
 */
@Service
@Transactional(readOnly = true)
public class CallBoard {

    /** One proposal on the call's page; {@code openSteps} are the names of its open tasks (Japanese, from the model). */
    public record Row(long id, long groupId, String title, String status, String statusLabel, List<String> openSteps,
                      OffsetDateTime dueAt, List<String> departmentsAsked, List<String> opinionsIn,
                      List<String> opinionsMissing, Long projectId, OffsetDateTime submittedAt) {
    }

    private final ProposalRepository proposals;
    private final ProposalRoundRepository rounds;
    private final ProposalTables tables;
    private final TaskService tasks;
    private final EngineAccess engine;

    CallBoard(ProposalRepository proposals, ProposalRoundRepository rounds, ProposalTables tables, TaskService tasks,
              EngineAccess engine) {
        this.proposals = proposals;
        this.rounds = rounds;
        this.tables = tables;
        this.tasks = tasks;
        this.engine = engine;
    }

    /** The call's proposals the person may read; the page is for city staff (others: not found). */
    public List<Row> proposals(CurrentUser user, long roundId) {
        if (!user.isStaff()) {
            throw new NotFoundException("募集が見つかりません");
        }
        ProposalRound round = rounds.load(roundId);
        List<Proposal> visible = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> ProposalAccess.readable(user, p)).toList();
        Map<Long, List<String>> given = tables.opinionDepartments(roundId);
        Map<String, List<Task>> open = openTasks(visible);
        return visible.stream().map(p -> row(p, round, given.getOrDefault(p.id, List.of()),
                open.getOrDefault(p.processInstanceId, List.of()))).toList();
    }

    private Map<String, List<Task>> openTasks(List<Proposal> visible) {
        String[] ids = visible.stream().map(p -> p.processInstanceId).filter(Objects::nonNull).toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<String, List<Task>> byInstance = new HashMap<>();
        for (int from = 0; from < ids.length; from += 500) {
            String[] chunk = java.util.Arrays.copyOfRange(ids, from, Math.min(ids.length, from + 500));
            engine.asSystem(() -> tasks.createTaskQuery().processInstanceIdIn(chunk).list())
                    .forEach(t -> byInstance.computeIfAbsent(t.getProcessInstanceId(), k -> new java.util.ArrayList<>()).add(t));
        }
        return byInstance;
    }

    private static Row row(Proposal p, ProposalRound round, List<String> given, List<Task> open) {
        OffsetDateTime due = open.stream().map(Task::getDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(d -> d.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime())
                .orElse(p.status == ProposalStatus.SENT_BACK ? p.correctionDeadline
                        : p.status == ProposalStatus.DRAFT ? round.rules.closesAt() : null);
        List<String> asked = p.status == ProposalStatus.DRAFT || p.status == ProposalStatus.SUBMITTED
                || p.status == ProposalStatus.SENT_BACK || p.status == ProposalStatus.NOT_ACCEPTED
                || p.status == ProposalStatus.LAPSED ? List.of() : p.content.departments();
        List<String> missing = asked.stream().filter(d -> !given.contains(d)).toList();
        List<String> steps = open.stream().map(Task::getName).distinct().toList();
        return new Row(p.id, p.groupId, p.content.title(), p.status.name(), p.status.label(), steps, due, asked,
                given, missing, p.projectId, p.submittedAt);
    }
}

package jp.kyodoflow.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Date;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.database.ClusterLock;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the people a task waits on before its due date, and escalates to the coordinator once
 * it is overdue. Each happens once per task (recorded in task_reminder, safe with several nodes); the scheduled
 * check runs on one node at a time (a cluster lock), so that two nodes do not work through the same tasks at once.
 * A task whose model carries its own timers (a reminder or deadline boundary event) is left to
 * them: one mechanism per task, never two notices for one deadline.
 */
@Component
public class TaskDeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskDeadlineReminders.class);

    private final TaskService tasks;
    private final NoticeService notices;
    private final JdbcTemplate jdbc;
    private final RuleProperties rules;
    private final org.camunda.bpm.engine.RepositoryService repository;
    private final Clock clock;
    private final ClusterLock cluster;
    private final java.util.Map<String, Boolean> modelledTimers = new java.util.concurrent.ConcurrentHashMap<>();

    TaskDeadlineReminders(TaskService tasks, NoticeService notices, JdbcTemplate jdbc, RuleProperties rules,
                          org.camunda.bpm.engine.RepositoryService repository, Clock clock, ClusterLock cluster) {
        this.cluster = cluster;
        this.repository = repository;
        this.clock = clock;
        this.tasks = tasks;
        this.notices = notices;
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Scheduled(fixedDelayString = "${kyodo.rules.deadlines.reminder-check-interval}",
            initialDelayString = "${kyodo.rules.deadlines.reminder-check-interval}")
    public void scheduled() {
        cluster.runAlone("task-deadline-reminders", () -> {
            int sent = sendDueNow();
            if (sent > 0) {
                log.info("Sent {} task reminders/escalations", sent);
            }
        });
    }

    /** As {@link #sendDue(Instant)} at the clock's now. */
    @Transactional
    public int sendDueNow() {
        return sendDue(clock.instant());
    }

    /** @return how many reminders and escalations were sent now. */
    @Transactional
    public int sendDue(Instant now) {
        int sent = 0;
        Date soon = Date.from(now.plus(rules.deadlines().reminderBefore()));
        for (Task task : tasks.createTaskQuery().dueBefore(soon).list()) {
            if (hasModelledTimers(task)) {
                continue;
            }
            boolean overdue = task.getDueDate().toInstant().isBefore(now);
            if (overdue && once(task.getId(), "ESCALATION", now)) {
                notices.toGroup(Roles.COORDINATOR, "ESCALATION", "task-escalation", values(task), "TASK", null);
                sent++;
            } else if (!overdue && once(task.getId(), "REMINDER", now)) {
                remindPeople(task);
                sent++;
            }
        }
        return sent;
    }

    private boolean hasModelledTimers(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return false;
        }
        return modelledTimers.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), k -> {
            var model = repository.getBpmnModelInstance(task.getProcessDefinitionId());
            return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class).stream()
                    .anyMatch(b -> b.getAttachedTo() != null
                            && task.getTaskDefinitionKey().equals(b.getAttachedTo().getId())
                            && !b.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.TimerEventDefinition.class)
                                    .isEmpty());
        });
    }

    private void remindPeople(Task task) {
        if (task.getAssignee() != null) {
            notices.toUser(task.getAssignee(), "REMINDER", "task-reminder", values(task), "TASK", null);
            return;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                notices.toGroup(link.getGroupId(), "REMINDER", "task-reminder", values(task), "TASK", null);
            }
        }
    }

    private static Map<String, Object> values(Task task) {
        return Map.of("taskName", task.getName(), "due", task.getDueDate());
    }

    private boolean once(String taskId, String kind, Instant now) {
        return jdbc.update("insert into task_reminder (task_id, kind, sent_at) values (?, ?, ?) on conflict do nothing",
                taskId, kind, java.time.OffsetDateTime.ofInstant(now, FiscalYear.TOKYO)) == 1;
    }
}

package jp.kyodoflow.notices;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells city staff about work given to them (templates in notices/templates/tasks.properties), without
 * mailing a whole office for every task:
 * <ul>
 *   <li>a task <b>assigned to a person</b> of the staff (a committee member's scoring sheet, the chair's
 *       講評, a task a colleague hands over in Tasklist) tells that person; a person who claims a task
 *       themself is not told, and citizens are not (their case's own notice already says what to do);</li>
 *   <li>a task <b>offered to a department</b> (dept-…, candidate group, nobody assigned) tells the
 *       department once, when the task is created: departments get a few tasks per case and do not
 *       watch Tasklist all day;</li>
 *   <li>tasks offered to the coordinator, the approver or the committee as a whole tell nobody: those
 *       offices work in Tasklist every day. They, like everyone, get the reminder before a task's due
 *       date and the coordinator the escalation after it ({@link TaskDeadlineReminders}).</li>
 * </ul>
 * The engine's task events (Camunda's Spring eventing) are read inside the engine's transaction and
 * turned into a {@link TaskGiven} event; its notice follows the commit like every other notice.
 */
@Component
class StaffTaskNotices {

    /** Work given to a person ({@code assignee}) or offered to a department ({@code department}). */
    record TaskGiven(String taskId, String taskName, String assignee, String department) {
    }

    private final ApplicationEventPublisher events;
    private final EngineAccess engine;
    private final NoticeService notices;
    private final MunicipalityProperties city;

    StaffTaskNotices(ApplicationEventPublisher events, EngineAccess engine, NoticeService notices,
                     MunicipalityProperties city) {
        this.events = events;
        this.engine = engine;
        this.notices = notices;
        this.city = city;
    }

    @EventListener(condition = "#task.eventName == 'assignment' or #task.eventName == 'create'")
    void onEngineTask(DelegateTask task) {
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            String assignee = task.getAssignee();
            if (assignee != null && !assignee.equals(actingUser(task)) && engine.lookup(assignee).isStaff()) {
                events.publishEvent(new TaskGiven(task.getId(), name, assignee, null));
            }
            return;
        }
        if (task.getAssignee() == null) {
            for (String department : departments(task.getCandidates())) {
                events.publishEvent(new TaskGiven(task.getId(), name, null, department));
            }
        }
    }

    @NoticeListener
    void on(TaskGiven e) {
        if (e.assignee() != null) {
            notices.toUser(e.assignee(), "TASK_ASSIGNED", "task-assigned", Map.of("taskName", e.taskName()),
                    NoticeService.TASK_CASE, null);
        } else {
            notices.toGroup(e.department(), "TASK_OFFERED", "task-offered", Map.of("taskName", e.taskName(),
                    "department", city.departmentName(e.department())), NoticeService.TASK_CASE, null);
        }
    }

    private static String actingUser(DelegateTask task) {
        Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null ? null : who.getUserId();
    }

    private static List<String> departments(java.util.Set<IdentityLink> candidates) {
        return candidates.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null && g.startsWith(Roles.DEPARTMENT_PREFIX)).distinct().sorted().toList();
    }

}

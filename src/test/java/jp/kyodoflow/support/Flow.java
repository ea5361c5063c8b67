package jp.kyodoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.tasks.WorkService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Drives processes the way people do: as a named user, through the same service the API uses. */
@Component
public class Flow {

    private final WorkService work;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;

    Flow(WorkService work, TaskService tasks, ManagementService management, IdentityService identity) {
        this.work = work;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
    }

    public CurrentUser user(String userId) {
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        return new CurrentUser(userId, groups);
    }

    /** Completes the one open task with that key in the process instance, as that user. */
    public void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> variables) {
        work.complete(user(userId), task(processInstanceId, taskKey).getId(), variables);
    }

    /** Completes a given task (e.g. one member's instance of a multi-instance task) as that user. */
    public void complete(String processInstanceId, Task task, String userId, Map<String, Object> variables) {
        assertThat(task).as("open task for %s in %s", userId, processInstanceId).isNotNull();
        work.complete(user(userId), task.getId(), variables);
    }

    /** The open task with that key that the user may work on (e.g. one department's instance). */
    public Task tasksOf(String processInstanceId, String taskKey, String userId) {
        CurrentUser u = user(userId);
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .or().taskCandidateGroupIn(List.copyOf(u.groups())).taskAssignee(userId).endOr().singleResult();
    }

    public Task task(String processInstanceId, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
        assertThat(open).as("open task %s", taskKey).hasSize(1);
        return open.get(0);
    }

    /** Runs the async continuations that are due (the job executor is off in tests). */
    public void runJobs(String processInstanceId) {
        for (int i = 0; i < 10; i++) {
            List<Job> async = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (async.isEmpty()) {
                return;
            }
            async.forEach(j -> management.executeJob(j.getId()));
        }
    }

    /** Fires a timer now, whatever its due date. */
    public void fireTimer(String processInstanceId, String activityId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
                .singleResult();
        assertThat(timer).as("timer %s", activityId).isNotNull();
        management.executeJob(timer.getId());
    }
}

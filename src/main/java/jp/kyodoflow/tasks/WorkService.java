package jp.kyodoflow.tasks;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.FormSchema;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's work through our API, the same tasks Tasklist shows. Every call runs as the
 * person, so the engine's authorizations (candidate groups) decide who may see and complete.
 */
@Service
public class WorkService {

    public record TaskView(String id, String name, String taskKey, String processKey, String processInstanceId,
                           String formKey, OffsetDateTime created, OffsetDateTime due, String assignee) {
    }

    public record TaskDetail(TaskView task, Map<String, Object> variables) {
    }

    /** What completing the task takes: the fields of its Camunda Form, in the form's order. */
    public record TaskForm(String taskId, String taskKey, String formId, List<FormField> fields) {
    }

    /**
     * One key of the completion body.
     *
     * @param type      the form component (textfield, textarea, number, checkbox, radio, select, checklist,
     *                  datetime, dynamiclist, group, expression, ...)
     * @param valueType the JSON value it takes: text, number, boolean, list, object or any
     * @param readonly  shown only: a value sent for it is dropped
     * @param options   the values a radio, select or checklist accepts (value is sent, label is shown)
     * @param fields    the fields of one row of a list (dynamiclist) or of a group (its schema is named
     *                  explicitly: the OpenAPI generator leaves out a list of the record's own type)
     */
    public record FormField(String key, String label, String type, String valueType, boolean required,
                            boolean readonly, String description, List<FormOption> options,
                            @ArraySchema(schema = @Schema(ref = "#/components/schemas/FormField")) List<FormField> fields) {
    }

    public record FormOption(String value, String label) {
    }

    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final EngineAccess engine;

    WorkService(TaskService tasks, FormService forms, RepositoryService repository, EngineAccess engine) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public List<TaskView> myTasks(CurrentUser user) {
        List<Task> list = engine.as(user, () -> mine(user).initializeFormKeys().orderByTaskCreateTime().asc().list());
        return list.stream().map(this::view).toList();
    }

    /** The person's {@code max} oldest tasks (a page of {@link #myTasks}: the engine reads no more than that). */
    @Transactional(readOnly = true)
    public List<TaskView> myOldestTasks(CurrentUser user, int max) {
        List<Task> list = engine.as(user, () -> mine(user).initializeFormKeys().orderByTaskCreateTime().asc()
                .listPage(0, max));
        return list.stream().map(this::view).toList();
    }

    /** How many tasks {@link #myTasks} would list, counted by the database. */
    @Transactional(readOnly = true)
    public long countMyTasks(CurrentUser user) {
        return engine.as(user, () -> mine(user).count());
    }

    private org.camunda.bpm.engine.task.TaskQuery mine(CurrentUser user) {
        return tasks.createTaskQuery().or()
                .taskCandidateGroupIn(List.copyOf(user.groups())).taskAssignee(user.userId()).endOr();
    }

    @Transactional(readOnly = true)
    public TaskDetail task(CurrentUser user, String taskId) {
        record Found(Task task, Map<String, Object> variables) { }
        Found found = engine.as(user, () -> {
            Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task == null) {
                throw new NotFoundException("タスクが見つかりません（すでに完了したか、担当ではありません）");
            }
            return new Found(task, tasks.getVariables(taskId));
        });
        Map<String, Object> readable = new java.util.TreeMap<>();
        found.variables().forEach((k, v) -> readable.put(k, readable(v)));
        return new TaskDetail(view(found.task()), readable);
    }

    /** The fields of the task's deployed Camunda Form (none for a task without one). */
    @Transactional(readOnly = true)
    public TaskForm form(CurrentUser user, String taskId) {
        Task task = engine.as(user, () -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
        if (task == null) {
            throw new NotFoundException("タスクが見つかりません（すでに完了したか、担当ではありません）");
        }
        if (task.getCamundaFormRef() == null) {
            return new TaskForm(taskId, task.getTaskDefinitionKey(), null, List.of());
        }
        FormSchema schema = FormSchema.parse(forms.getDeployedTaskForm(taskId));
        return new TaskForm(taskId, task.getTaskDefinitionKey(), schema.formId(),
                TaskForms.fields(schema, key -> tasks.getVariable(taskId, key)));
    }

    /**
     * Completes with the same keys the task's Camunda Form uses, the way Tasklist submits a form:
     * a key the task holds locally (a member's score sheet) stays local; others go to the process.
     */
    @Transactional
    public void complete(CurrentUser user, String taskId, Map<String, Object> variables) {
        engine.as(user, () -> {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException("タスクが見つかりません（すでに完了したか、担当ではありません）");
            }
            forms.submitTaskForm(taskId, TaskVariables.fromJson(variables));
        });
    }

    private TaskView view(Task t) {
        String processKey = t.getProcessDefinitionId() == null ? null
                : repository.getProcessDefinition(t.getProcessDefinitionId()).getKey();
        return new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(), processKey, t.getProcessInstanceId(),
                t.getCamundaFormRef() == null ? t.getFormKey() : t.getCamundaFormRef().getKey(),
                at(t.getCreateTime()), at(t.getDueDate()), t.getAssignee());
    }

    /** JSON variables (lists, objects) as JSON, not as Spin objects. */
    private static Object readable(Object value) {
        if (value instanceof org.camunda.spin.json.SpinJsonNode node) {
            try {
                return jp.kyodoflow.workflow.FormValues.JSON.readTree(node.toString());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return node.toString();
            }
        }
        return value;
    }

    private static OffsetDateTime at(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime();
    }
}

package jp.kyodoflow.tasks;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
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
    /** Process definition id → key: definitions are immutable once deployed. */
    private final Map<String, String> processKeys = new java.util.concurrent.ConcurrentHashMap<>();

    WorkService(TaskService tasks, FormService forms, RepositoryService repository, EngineAccess engine) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.engine = engine;
    }

    /** Which of the person's tasks a list shows: null fields do not filter. */
    public record TaskFilter(String processInstanceId, String taskKey) {
        public static final TaskFilter ALL = new TaskFilter(null, null);

        public TaskFilter {
            processInstanceId = blankToNull(processInstanceId);
            taskKey = blankToNull(taskKey);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    /**
     * A page of the person's tasks, oldest first: the engine filters, counts and pages in SQL (two
     * statements of its own whatever the number of tasks, one when the first page holds them all), and the process keys come from a cache of the
     * immutable process definitions (no statement per task).
     */
    @Transactional(readOnly = true)
    public Paging.Page<TaskView> myTasks(CurrentUser user, TaskFilter filter, Paging paging) {
        Paging.Page<Task> page = engine.as(user, () -> {
            List<Task> rows = mine(user, filter).initializeFormKeys().orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage(paging.offset(), paging.size());
            // a first page that is not full is the whole list: no second query for the count
            long total = paging.offset() == 0 && rows.size() < paging.size() ? rows.size() : mine(user, filter).count();
            return new Paging.Page<>(rows, total);
        });
        return new Paging.Page<>(views(page.rows()), page.total());
    }

    /**
     * The person's open tasks in one case (a process instance), optionally of one task key. A case has
     * few tasks; the portal's pages use this to find the task they show.
     */
    @Transactional(readOnly = true)
    public List<TaskView> myTasksIn(CurrentUser user, String processInstanceId, String taskKey) {
        if (processInstanceId == null) {
            return List.of();
        }
        List<Task> list = engine.as(user, () -> mine(user, new TaskFilter(processInstanceId, taskKey))
                .initializeFormKeys().orderByTaskCreateTime().asc().orderByTaskId().asc().list());
        return views(list);
    }

    /** The person's tasks of one task key in any case, oldest first, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<TaskView> myTasksOfKey(CurrentUser user, String taskKey, int max) {
        List<Task> list = engine.as(user, () -> mine(user, new TaskFilter(null, taskKey))
                .initializeFormKeys().orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, max));
        return views(list);
    }

    /** The person's {@code max} oldest tasks (a page of {@link #myTasks}: the engine reads no more than that). */
    @Transactional(readOnly = true)
    public List<TaskView> myOldestTasks(CurrentUser user, int max) {
        List<Task> list = engine.as(user, () -> mine(user, TaskFilter.ALL).initializeFormKeys()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, max));
        return views(list);
    }

    /** How many tasks {@link #myTasks} would list, counted by the database. */
    @Transactional(readOnly = true)
    public long countMyTasks(CurrentUser user) {
        return engine.as(user, () -> mine(user, TaskFilter.ALL).count());
    }

    private org.camunda.bpm.engine.task.TaskQuery mine(CurrentUser user, TaskFilter filter) {
        org.camunda.bpm.engine.task.TaskQuery query = tasks.createTaskQuery();
        if (filter.processInstanceId() != null) {
            query.processInstanceId(filter.processInstanceId());
        }
        if (filter.taskKey() != null) {
            query.taskDefinitionKey(filter.taskKey());
        }
        if (user.groups().isEmpty()) { // the engine refuses an empty candidate-group list
            return query.taskAssignee(user.userId());
        }
        return query.or().taskCandidateGroupIn(List.copyOf(user.groups())).taskAssignee(user.userId()).endOr();
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
        return new TaskDetail(views(List.of(found.task())).get(0), readable);
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
            try {
                forms.submitTaskForm(taskId, TaskVariables.fromJson(variables));
            } catch (org.camunda.bpm.engine.exception.NullValueException | org.camunda.bpm.engine.AuthorizationException refused) {
                // asked only when the engine refused (a completion that goes through costs no extra query): a task
                // that is gone or not the person's is "not found", whatever the engine's own words
                boolean visible;
                try {
                    visible = tasks.createTaskQuery().taskId(taskId).count() > 0;
                } catch (RuntimeException unreadable) {
                    refused.addSuppressed(unreadable);
                    throw refused;
                }
                if (!visible) {
                    throw new NotFoundException("タスクが見つかりません（すでに完了したか、担当ではありません）");
                }
                throw refused;
            }
        });
    }

    private List<TaskView> views(List<Task> list) {
        List<String> unknown = list.stream().map(Task::getProcessDefinitionId)
                .filter(id -> id != null && !processKeys.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            // one statement for the page's new definitions (outside the person's authentication: a key is
            // not a secret, the tasks were already checked); definitions never change, so the key is kept
            repository.createProcessDefinitionQuery().processDefinitionIdIn(unknown.toArray(String[]::new)).list()
                    .forEach(d -> processKeys.put(d.getId(), d.getKey()));
        }
        return list.stream().map(this::view).toList();
    }

    private TaskView view(Task t) {
        String processKey = t.getProcessDefinitionId() == null ? null : processKeys.get(t.getProcessDefinitionId());
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

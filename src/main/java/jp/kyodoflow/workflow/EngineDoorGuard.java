package jp.kyodoflow.workflow;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.security.Roles;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust boundary of the engine, the same for every door (our API, {@code /engine-rest}, the
 * Tasklist webapp's API): every command a person sends (an authenticated user, outside any running
 * command) is checked before it runs, so a refusal changes nothing.
 * <ul>
 *   <li>Completing a task or submitting a start form takes exactly the keys of that form; a
 *       read-only field cannot be changed (its value is dropped), any other key is refused.</li>
 *   <li>Only the processes a person may start from outside ({@link ProcessKeys#PUBLIC_START}) can be
 *       started, at their start event, without a business key of the caller's choosing.</li>
 *   <li>Everything else that changes state (jobs, retries, incidents, messages, signals, variables,
 *       modification, deletion, task editing) is for administrators only. Reads are left to the
 *       engine's authorizations.</li>
 * </ul>
 * Commands our own code runs as the system (no authenticated user) and commands nested in a running
 * command (a listener calling a service) are not persons' input and pass.
 */
final class EngineDoorGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(EngineDoorGuard.class);

    /** What a person does in Tasklist besides reading: claim, assign, comment, own filters and profile. */
    private static final Set<String> PERSON_COMMANDS = Set.of("ClaimTaskCmd", "AssignTaskCmd", "AddCommentCmd",
            "SaveFilterCmd", "CreateFilterCmd", "DeleteFilterCmd", "SaveUserCmd", "CheckPassword",
            "AuthorizationCheckCmd", "ExecuteFilterListCmd", "ExecuteFilterListPageCmd", "ExecuteFilterCountCmd",
            "ExecuteFilterSingleResultCmd", "FindActiveActivityIdsCmd", "DetermineHistoryLevelCmd");

    /** The webapps' plugin APIs run their own read queries as commands (Cockpit's counts, Tasklist's lists). */
    private static final List<String> WEBAPP_QUERIES = List.of("org.camunda.bpm.cockpit.", "org.camunda.bpm.tasklist.",
            "org.camunda.bpm.admin.", "org.camunda.bpm.webapp.");

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, FormSchema> taskForms = new ConcurrentHashMap<>();
    private final Map<String, FormSchema> startForms = new ConcurrentHashMap<>();

    EngineDoorGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication person = Context.getCommandContext() == null
                ? engine.getIdentityService().getCurrentAuthentication() : null;
        if (person == null || person.getUserId() == null) {
            if (Context.getCommandContext() != null) {
                return next.execute(command);
            }
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                throw unwrapRefusal(e); // a step's refusal reads the same whoever sent the command
            }
        }
        check(command, person);
        try {
            return next.execute(withActor(asFormSubmission(command, person), person));
        } catch (ProcessEngineException e) {
            throw conflictOrRefusal(command, e);
        }
    }

    /**
     * A person's values sent with "complete" are a form submission: the same path as Tasklist and our
     * API, so a value the task holds locally (a member's score sheet, an opinion's fields) stays on the
     * task instead of being written, hidden, on the process. Administrators' completions are left as sent.
     */
    @SuppressWarnings("unchecked")
    private static <T> Command<T> asFormSubmission(Command<T> command, Authentication person) {
        if (command instanceof CompleteTaskCmd && !isAdmin(person)) {
            Map<String, Object> variables = read(command, "variables");
            if (variables != null && !variables.isEmpty()) {
                boolean returnVariables = read(command, "returnVariables");
                boolean deserialize = read(command, "deserializeReturnedVariables");
                return (Command<T>) new SubmitTaskFormCmd(read(command, "taskId"), variables, returnVariables, deserialize);
            }
        }
        return command;
    }

    /**
     * Who completes a task is the logged-in person at the door, written on the task (task-local
     * {@link Actor#VARIABLE}) in the same command before the completion runs, so the listeners and the
     * history name them explicitly — also when a later step runs as a job.
     */
    private static <T> Command<T> withActor(Command<T> command, Authentication person) {
        if (!(command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd)) {
            return command;
        }
        String taskId = read(command, "taskId");
        return commandContext -> {
            TaskEntity task = taskId == null ? null : commandContext.getTaskManager().findTaskById(taskId);
            if (task != null) {
                task.setVariableLocal(Actor.VARIABLE, person.getUserId());
            }
            return command.execute(commandContext);
        };
    }

    private static boolean isAdmin(Authentication person) {
        return person.getGroupIds() != null
                && (person.getGroupIds().contains(Roles.ADMIN) || person.getGroupIds().contains(Roles.CAMUNDA_ADMIN));
    }

    /**
     * Two people completing one task at once: the one who comes second finds the task gone (or its
     * authorizations removed with it) and is told so as a conflict, not as a missing permission.
     */
    private RuntimeException conflictOrRefusal(Command<?> command, ProcessEngineException e) {
        boolean taskCommand = command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd;
        // whatever the losing request tripped over (a missing task, its removed authorizations, its
        // execution gone under a listener), a task that another request has just completed is a conflict
        if (taskCommand && !(e instanceof OptimisticLockingException) && BusinessRuleException.findIn(e).isEmpty()) {
            String taskId = read(command, "taskId");
            boolean gone = taskId != null && asSystem(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count()) == 0
                    && asSystem(() -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                            .finished().count()) > 0;
            if (gone) {
                OptimisticLockingException conflict = new OptimisticLockingException(EngineRestRefusals.CONFLICT);
                conflict.initCause(e);
                return conflict;
            }
        }
        return unwrapRefusal(e);
    }

    private void check(Command<?> command, Authentication person) {
        boolean admin = isAdmin(person);
        // a person's values are only their form's keys (checked below); an operator may send other
        // values, but not the one the guard itself writes
        if (admin && (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd)) {
            Map<String, Object> values = read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
            if (values != null && values.containsKey(Actor.VARIABLE)) {
                throw new BusinessRuleException("入力の形式が正しくありません：「" + Actor.VARIABLE
                        + "」はシステムが記録する項目のため、送信できません");
            }
        }
        if (command instanceof SubmitTaskFormCmd) {
            checkTaskInput(read(command, "taskId"), read(command, "properties"));
        } else if (command instanceof CompleteTaskCmd) {
            Map<String, Object> variables = read(command, "variables");
            if (!admin && variables != null && !variables.isEmpty()) {
                checkTaskInput(read(command, "taskId"), variables);
            }
        } else if (command instanceof SubmitStartFormCmd) {
            String definitionId = read(command, "processDefinitionId");
            checkStart(admin, person, definitionKey(definitionId), read(command, "businessKey"));
            checkStartInput(definitionId, read(command, "variables"));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
            String definitionId = start.getProcessDefinitionId() != null ? start.getProcessDefinitionId()
                    : latestDefinitionId(start.getProcessDefinitionKey());
            checkStart(admin, person, definitionKey(definitionId), start.getBusinessKey());
            if (!admin) {
                checkStartInput(definitionId, start.getVariables());
            }
        } else if (!admin && !isPersonCommand(command)) {
            log.warn("Refused engine command {} for user {} (administrators only)",
                    command.getClass().getSimpleName(), person.getUserId());
            throw new AuthorizationException("この操作はシステム管理者だけが行えます。"
                    + "タスクの処理は、タスクリストまたはフォームから行ってください");
        }
    }

    /**
     * Reads (queries, Get…/Is… commands, the webapps' own plugin queries behind Tasklist and Cockpit)
     * and the few things a person does in Tasklist. Everything else changes state for operators only.
     */
    private static boolean isPersonCommand(Command<?> command) {
        String name = command.getClass().getSimpleName();
        return command instanceof AbstractQuery<?, ?> || name.startsWith("Get") || name.startsWith("Is")
                || (name.startsWith("Create") && name.endsWith("QueryCmd")) || PERSON_COMMANDS.contains(name)
                || WEBAPP_QUERIES.stream().anyMatch(command.getClass().getName()::startsWith);
    }

    private void checkStart(boolean admin, Authentication person, String processKey, String businessKey) {
        if (admin) {
            return;
        }
        if (!ProcessKeys.PUBLIC_START.contains(processKey)) {
            log.warn("Refused start of {} by {}: starts only from inside", processKey, person.getUserId());
            throw new AuthorizationException("この手続きは、ここからは開始できません（ほかの手続きの中から自動で始まります）");
        }
        if (businessKey != null && !businessKey.isBlank()) {
            throw new BusinessRuleException("業務キーは指定できません（手続きの番号はシステムが付けます）");
        }
    }

    private void checkTaskInput(String taskId, Map<String, Object> submitted) {
        if (taskId == null || submitted == null || submitted.isEmpty()) {
            return;
        }
        FormSchema form = taskForm(taskId);
        if (form == null) {
            return; // unknown or invisible task: the command itself answers with its own refusal
        }
        checkKeys(form, submitted);
    }

    private void checkStartInput(String definitionId, Map<String, Object> submitted) {
        if (submitted == null || submitted.isEmpty()) {
            return;
        }
        FormSchema form = startForms.computeIfAbsent(definitionId, id -> asSystem(() -> parseStartForm(id)));
        checkKeys(form, submitted);
    }

    /** Read-only fields are shown, not input: their values are dropped. Unknown keys are refused. */
    private static void checkKeys(FormSchema form, Map<String, Object> submitted) {
        Set<String> unknown = new TreeSet<>(submitted.keySet());
        unknown.removeAll(form.inputKeys());
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("このフォームにない項目は受け付けません", unknown.stream().toList());
        }
        for (String shown : form.readonlyKeys()) {
            if (submitted.containsKey(shown)) {
                try {
                    submitted.remove(shown);
                } catch (UnsupportedOperationException fixedMap) {
                    throw new BusinessRuleException("表示専用の項目は送信できません", List.of(shown));
                }
            }
        }
        List<String> misshapen = new java.util.ArrayList<>();
        submitted.forEach((key, value) -> {
            FormSchema.Field field = form.fields().get(key);
            Object plain = value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value;
            if (field != null && !FormSchema.fits(field.kind(), plain)) {
                misshapen.add("「" + field.label() + "」" + expected(field.kind()));
            } else if (field != null && plain != null && !"".equals(plain) && isSingleChoice(field)
                    && field.options().stream().noneMatch(o -> o.value().equals(String.valueOf(plain)))) {
                misshapen.add("「" + field.label() + "」は選択肢（" + field.options().stream()
                        .map(FormSchema.Option::label).collect(java.util.stream.Collectors.joining("・")) + "）から選んでください");
            }
        });
        if (!misshapen.isEmpty()) {
            throw new BusinessRuleException("入力の形式が正しくありません", misshapen);
        }
    }

    /** A radio or select with fixed options takes one of them (options from a variable are the service's to check). */
    private static boolean isSingleChoice(FormSchema.Field field) {
        return ("radio".equals(field.type()) || "select".equals(field.type())) && !field.options().isEmpty()
                && field.optionsKey() == null;
    }

    private static String expected(FormSchema.Kind kind) {
        return switch (kind) {
            case TEXT -> "は文字で入力してください";
            case NUMBER -> "は数値で入力してください";
            case BOOLEAN -> "ははい・いいえで指定してください";
            case LIST -> "は一覧の形で入力してください";
            case OBJECT, ANY -> "の形式が正しくありません";
        };
    }

    private FormSchema taskForm(String taskId) {
        return asSystem(() -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task == null) {
                return null;
            }
            String cacheKey = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
            FormSchema cached = taskForms.get(cacheKey);
            if (cached != null) {
                return cached;
            }
            CamundaFormRef ref = task.getCamundaFormRef();
            FormSchema schema = ref == null ? FormSchema.empty()
                    : FormSchema.parse(engine.getFormService().getDeployedTaskForm(taskId));
            if (ref != null && !"deployment".equals(ref.getBinding())) {
                return schema; // "latest" or versioned forms can change: not cached
            }
            taskForms.put(cacheKey, schema);
            return schema;
        });
    }

    private FormSchema parseStartForm(String definitionId) {
        CamundaFormRef ref = engine.getFormService().getStartFormData(definitionId).getCamundaFormRef();
        return ref == null ? FormSchema.empty()
                : FormSchema.parse(engine.getFormService().getDeployedStartForm(definitionId));
    }

    private String definitionKey(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        ProcessDefinition definition = asSystem(() -> engine.getRepositoryService().getProcessDefinition(definitionId));
        return definition.getKey();
    }

    private String latestDefinitionId(String key) {
        ProcessDefinition definition = asSystem(() -> engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult());
        if (definition == null) {
            throw new BusinessRuleException("指定された手続きは見つかりません");
        }
        return definition.getId();
    }

    /** Looks at the engine as the system, then restores the person's authentication. */
    private <T> T asSystem(java.util.function.Supplier<T> lookup) {
        var identity = engine.getIdentityService();
        Authentication person = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            identity.setAuthentication(person);
        }
    }

    /** A refusal of ours, wrapped by the engine (e.g. thrown in a task listener), travels as itself. */
    private static RuntimeException unwrapRefusal(ProcessEngineException e) {
        return BusinessRuleException.findIn(e).<RuntimeException>map(refusal -> {
            log.info("Refused: {}", refusal.getMessage());
            return refusal == e ? refusal : new BusinessRuleException(refusal, e);
        }).orElse(e);
    }

    /** The guard reads the commands' fields; if Camunda renames one, it refuses rather than lets through. */
    @SuppressWarnings("unchecked")
    static <T> T read(Object command, String field) {
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                return (T) f.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                break;
            }
        }
        throw new AuthorizationException("この操作は受け付けられません（" + command.getClass().getSimpleName() + "）");
    }
}

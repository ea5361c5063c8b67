package jp.kyodoflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who acts in a step, read from the case — never from engine internals and never from a value a
 * person could send. A task's completer is the task-local {@link #VARIABLE} that the trust boundary
 * ({@link EngineDoorGuard}) writes from the login at every door; a process's starter is the start
 * event's {@code camunda:initiator} variable, which the engine writes from the login. Steps that no
 * person triggered (timers, jobs) act as {@link #SYSTEM}.
 */
public final class Actor {
    public static final String SYSTEM = "system";
    /** Task-local: the user id of the person who completed the task. Refused as input at every door. */
    public static final String VARIABLE = "completedBy";

    private Actor() {
    }

    /** The person completing this task, or {@link #SYSTEM} when no person did (a test or an operator's script). */
    public static String of(DelegateTask task) {
        Object userId = task.getVariableLocal(VARIABLE);
        return userId instanceof String s && !s.isBlank() ? s : SYSTEM;
    }

    /** The person who started the process, from its start event's {@code camunda:initiator} variable. */
    public static String starter(DelegateExecution execution, String initiatorVariable) {
        Object userId = execution.getVariable(initiatorVariable);
        return userId instanceof String s && !s.isBlank() ? s : SYSTEM;
    }

}

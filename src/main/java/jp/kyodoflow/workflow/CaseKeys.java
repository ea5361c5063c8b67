package jp.kyodoflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Which case a step belongs to, read from the process's business key ({@code PJ-12}, {@code PR-5},
 * {@code CALL-1}, {@code GA-3}), which the engine keeps and no form or request can change — never
 * from a process variable a person could have written.
 */
public final class CaseKeys {
    public static final String PROJECT = "PJ";
    public static final String PROPOSAL = "PR";
    public static final String CALL = "CALL";
    public static final String APPLICATION = "GA";
    public static final String THEME = "TH";
    public static final String THEME_CALL = "TC";
    public static final String THEME_QUESTION = "TQ";
    public static final String SUBSIDY_APPLICATION = "SA";
    public static final String SUBSIDY_CALL = "SC";
    public static final String SUBSIDY_AWARD = "SW";

    private CaseKeys() {
    }

    public static long id(DelegateTask task, String prefix) {
        return id(task.getExecution(), prefix);
    }

    public static long id(DelegateExecution execution, String prefix) {
        return parse(execution.getProcessBusinessKey(), prefix, execution.getProcessInstanceId());
    }

    public static String key(String prefix, long id) {
        return prefix + "-" + id;
    }

    static long parse(String businessKey, String prefix, String processInstanceId) {
        if (businessKey != null && businessKey.startsWith(prefix + "-")) {
            try {
                return Long.parseLong(businessKey.substring(prefix.length() + 1));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new IllegalStateException("Process " + processInstanceId + " has business key " + businessKey
                + ", expected " + prefix + "-<id>");
    }
}

package jp.kyodoflow.groups.process;

import jp.kyodoflow.workflow.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The user-task listeners of GroupRegistrationProcess: {@code Task_<Verb>} completes through
 * {@code groupRegistrationTasks.<verb>(task)}.
 */
@Component("groupRegistrationTasks")
public class GroupRegistrationTasks {

    /** Process variable: the coordinator who completed 登録審査; the decision steps after it act as them. */
    static final String REVIEWED_BY = "reviewedBy";

    /** Task_ReviewRegistration: remembers who decided (the decision itself is the form's registrationDecision). */
    public void reviewRegistration(DelegateTask task) {
        task.getExecution().setVariable(REVIEWED_BY, Actor.of(task));
    }
}

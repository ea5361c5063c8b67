package jp.kyodoflow.projects.process;

import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectIntake;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordProblem: the project record, owned by the department of the person who raised it. */
@Component
class RecordProblemDelegate implements JavaDelegate {

    private final ProjectIntake intake;
    private final EngineAccess engine;

    RecordProblemDelegate(ProjectIntake intake, EngineAccess engine) {
        this.intake = intake;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues v = FormValues.of(execution);
        // who raised it is the authenticated starter, not the "initiator" variable a start request could set
        String initiator = jp.kyodoflow.workflow.Actor.current();
        if (jp.kyodoflow.workflow.Actor.SYSTEM.equals(initiator)) {
            throw new jp.kyodoflow.common.BusinessRuleException("課題を登録した職員を特定できません。ログインしてから登録してください");
        }
        var started = intake.raiseProblem(new ProjectInputs.Problem(v.text("title"), v.text("problem"),
                v.text("evidence"), v.text("field")), initiator, engine.lookup(initiator).departments(),
                execution.getProcessInstanceId());
        ProjectVariables.write(execution, started);
    }
}

package jp.kyodoflow.workflow;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import jp.kyodoflow.municipality.RuleProperties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task a due date from configuration (unless the model sets one), so that
 * people who wait on people see a deadline and reminders can be sent, and names the case
 * (caseLabel) in the task name so that Tasklist shows which project or round it is. Models stay free of it.
 */
@Component
class UserTaskDefaultsPlugin extends AbstractProcessEnginePlugin {

    private final RuleProperties rules;
    private final Clock clock;

    UserTaskDefaultsPlugin(RuleProperties rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, UserTaskDefaultsPlugin.this::applyDefaults);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void applyDefaults(DelegateTask task) {
        Object caseLabel = task.getVariable("caseLabel");
        if (caseLabel != null && task.getDescription() == null) {
            // Tasklist lists task names only: say which case the task belongs to
            task.setName(task.getName() + "｜" + caseLabel);
            task.setDescription(String.valueOf(caseLabel));
        }
        if (task.getDueDate() != null) {
            return;
        }
        var period = rules.deadlines().dueFor(task.getTaskDefinitionKey());
        if (period != null) {
            task.setDueDate(Date.from(ZonedDateTime.now(clock).plus(period).toInstant()));
        }
    }
}

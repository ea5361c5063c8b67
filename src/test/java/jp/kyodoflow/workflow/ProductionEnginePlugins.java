package jp.kyodoflow.workflow;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.municipality.RuleProperties;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The engine plugins production registers as Spring beans, built by hand for an engine without a
 * Spring context: the trust boundary (form keys only), the user-task defaults (due dates, the case in
 * the task name) and our deployer (every {@code bpmn/*.bpmn} and {@code forms/*.form} as one deployment,
 * so that {@code formRefBinding="deployment"} finds each form beside its model).
 */
public final class ProductionEnginePlugins {

    private ProductionEnginePlugins() {
    }

    public static List<ProcessEnginePlugin> withoutSpring() {
        return List.of(new EngineDoorGuardPlugin(), new UserTaskDefaultsPlugin(rules(), java.time.Clock.system(jp.kyodoflow.common.FiscalYear.TOKYO)),
                new ProcessModelDeployer(new DefaultResourceLoader()));
    }

    /** The deadlines of application.yml; the plugin reads nothing else. */
    private static RuleProperties rules() {
        return new RuleProperties(null, null, new RuleProperties.Deadlines(Period.ofDays(14), Period.ofDays(2),
                Duration.ofHours(1), Map.of("Task_RunProject", "NONE", "Task_CorrectApplication", "NONE")), null, null);
    }
}

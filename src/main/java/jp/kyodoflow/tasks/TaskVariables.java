package jp.kyodoflow.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.spin.plugin.variable.SpinValues;

/** JSON from our API into process variables the way Tasklist submits a Camunda Form. */
final class TaskVariables {
    private TaskVariables() {
    }

    static Map<String, Object> fromJson(Map<String, Object> json) {
        Map<String, Object> vars = new HashMap<>();
        if (json == null) {
            return vars;
        }
        json.forEach((key, value) -> {
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                vars.put(key, SpinValues.jsonValue(FormValues.JSON.valueToTree(value).toString()).create());
            } else {
                vars.put(key, value);
            }
        });
        return vars;
    }
}

package jp.kyodoflow.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.kyodoflow.tasks.WorkService.FormField;
import jp.kyodoflow.tasks.WorkService.FormOption;
import jp.kyodoflow.workflow.FormSchema;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A deployed Camunda Form as the fields our API takes: what {@link FormSchema} reads from the form,
 * with the options a select takes from a variable (the form's valuesKey) read from the task.
 */
final class TaskForms {
    private TaskForms() {
    }

    static List<FormField> fields(FormSchema form, Function<String, Object> variable) {
        return form.fields().values().stream().map(f -> field(f, variable)).toList();
    }

    private static FormField field(FormSchema.Field f, Function<String, Object> variable) {
        List<FormOption> options = f.optionsKey() != null ? options(variable.apply(f.optionsKey()))
                : f.options().stream().map(o -> new FormOption(o.value(), o.label())).toList();
        return new FormField(f.key(), f.label(), f.type(), f.kind().name().toLowerCase(Locale.ROOT), f.required(),
                f.readonly(), f.description(), options, f.fields().stream().map(row -> field(row, variable)).toList());
    }

    /** Options held in a variable: a JSON list of {value, label} objects, or of plain values. */
    private static List<FormOption> options(Object value) {
        JsonNode list = tree(value);
        List<FormOption> out = new ArrayList<>();
        for (JsonNode o : list) {
            String v = o.isObject() ? o.path("value").asText() : o.asText();
            out.add(new FormOption(v, o.isObject() ? o.path("label").asText(v) : v));
        }
        return out;
    }

    private static JsonNode tree(Object value) {
        try {
            if (value instanceof SpinJsonNode node) {
                return FormValues.JSON.readTree(node.toString());
            }
            if (value instanceof String s) {
                return FormValues.JSON.readTree(s);
            }
            return FormValues.JSON.valueToTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return FormValues.JSON.createArrayNode();
        }
    }
}

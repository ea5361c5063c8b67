package jp.kyodoflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a Camunda Form lets a person submit: for each top-level variable (a field's key, or the first
 * segment of a group's or list's path) the shape of value it takes, its label, and whether it is
 * only shown (read-only); for people and API clients also the component type, whether it is
 * required, its options and, for a list or group, the fields of one row. Display components (text,
 * buttons, images) submit nothing. {@link #fields()} keeps the form's order.
 */
public record FormSchema(String formId, Map<String, Field> fields) {

    /** The shape of a submitted value. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, LIST, OBJECT, ANY }

    /**
     * One input of the form.
     *
     * @param type       the form component's type (textfield, number, radio, dynamiclist, ...)
     * @param options    the fixed options of a radio, select, checklist or taglist (empty if none)
     * @param optionsKey the variable that holds the options instead (the form's valuesKey), or null
     * @param fields     the fields of one row of a list, or of a group with a path (empty otherwise)
     */
    public record Field(String key, String label, Kind kind, boolean readonly, String type, boolean required,
                        String description, List<Option> options, String optionsKey, List<Field> fields) {
        public Field {
            options = List.copyOf(options);
            fields = List.copyOf(fields);
        }
    }

    /** A choice: the value that is submitted and the label that is shown. */
    public record Option(String value, String label) {
    }

    private static final Set<String> DISPLAY_TYPES =
            Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table", "documentPreview");

    public FormSchema {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static FormSchema empty() {
        return new FormSchema(null, Map.of());
    }

    public Set<String> inputKeys() {
        return fields.keySet();
    }

    public Set<String> readonlyKeys() {
        return fields.values().stream().filter(Field::readonly).map(Field::key).collect(Collectors.toSet());
    }

    /** Whether the value has the field's shape (null always does: required fields are the service's rule). */
    public static boolean fits(Kind kind, Object value) {
        if (value == null) {
            return true;
        }
        return switch (kind) {
            case TEXT -> value instanceof String || value instanceof Number || value instanceof Date;
            case NUMBER -> value instanceof Number || value instanceof String;
            case BOOLEAN -> value instanceof Boolean
                    || (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")));
            case LIST -> value instanceof Collection<?> || (value instanceof SpinJsonNode n && n.isArray())
                    || (value instanceof String s && s.trim().startsWith("["));
            case OBJECT -> value instanceof Map<?, ?> || (value instanceof SpinJsonNode n && n.isObject())
                    || (value instanceof String s && s.trim().startsWith("{"));
            case ANY -> true;
        };
    }

    public static FormSchema parse(InputStream json) {
        try (InputStream in = json) {
            JsonNode root = FormValues.JSON.readTree(in);
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(root.path("components"), fields);
            return new FormSchema(root.path("id").asText(null), fields);
        } catch (IOException e) {
            throw new IllegalStateException("Camunda Form cannot be read", e);
        }
    }

    /**
     * Keys of nested fields live inside the list or group that holds them; only top-level names count
     * (a group without a path only arranges its fields, which stay top-level).
     */
    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            String path = c.path("path").asText("");
            if (!path.isEmpty()) {
                String top = path.split("\\.")[0];
                Kind kind = path.contains(".") ? Kind.OBJECT : "dynamiclist".equals(type) ? Kind.LIST : Kind.OBJECT;
                Map<String, Field> row = new LinkedHashMap<>();
                collect(c.path("components"), row);
                fields.putIfAbsent(top, field(c, top, kind, false, List.copyOf(row.values())));
                continue;
            }
            String key = c.path("key").asText("");
            if (!key.isEmpty() && !DISPLAY_TYPES.contains(type)) {
                String top = key.split("\\.")[0];
                Kind kind = key.contains(".") ? Kind.OBJECT : kindOf(type);
                boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
                fields.putIfAbsent(top, field(c, top, kind, readonly, List.of()));
            }
            if (c.has("components")) {
                collect(c.path("components"), fields);
            }
        }
    }

    private static Field field(JsonNode c, String key, Kind kind, boolean readonly, List<Field> rowFields) {
        String label = firstText(c, "label", "dateLabel", "timeLabel");
        List<Option> options = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            String value = v.path("value").asText();
            options.add(new Option(value, v.path("label").asText(value)));
        }
        String optionsKey = c.path("valuesKey").asText("");
        return new Field(key, label == null ? key : label, kind, readonly, c.path("type").asText(""),
                c.path("validate").path("required").asBoolean(false), c.path("description").asText(null), options,
                optionsKey.isEmpty() ? null : optionsKey, rowFields);
    }

    private static String firstText(JsonNode c, String... names) {
        for (String name : names) {
            String text = c.path(name).asText("");
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static Kind kindOf(String type) {
        return switch (type) {
            case "textfield", "textarea", "radio", "select", "datetime" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "checklist", "taglist" -> Kind.LIST;
            default -> Kind.ANY;
        };
    }
}

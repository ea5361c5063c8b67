package jp.kyodoflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a Camunda Form lets a person submit: for each top-level variable (a field's key, or the first
 * segment of a group's or list's path) the shape of value it takes, its label, and whether it is
 * only shown (read-only). Display components (text, buttons, images) submit nothing.
 */
public record FormSchema(String formId, Map<String, Field> fields) {

    /** The shape of a submitted value. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, LIST, OBJECT, ANY }

    public record Field(String key, String label, Kind kind, boolean readonly) {
    }

    private static final Set<String> DISPLAY_TYPES =
            Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table", "documentPreview");

    public FormSchema {
        fields = Map.copyOf(fields);
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

    /** Keys of nested fields live inside the list or group that holds them; only top-level names count. */
    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            String label = c.path("label").asText("");
            String path = c.path("path").asText("");
            if (!path.isEmpty()) {
                String top = path.split("\\.")[0];
                Kind kind = path.contains(".") ? Kind.OBJECT : "dynamiclist".equals(type) ? Kind.LIST : Kind.OBJECT;
                fields.putIfAbsent(top, new Field(top, label.isEmpty() ? top : label, kind, false));
                continue;
            }
            String key = c.path("key").asText("");
            if (!key.isEmpty() && !DISPLAY_TYPES.contains(type)) {
                String top = key.split("\\.")[0];
                Kind kind = key.contains(".") ? Kind.OBJECT : kindOf(type);
                boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
                fields.putIfAbsent(top, new Field(top, label.isEmpty() ? top : label, kind, readonly));
            }
            if (c.has("components")) {
                collect(c.path("components"), fields);
            }
        }
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

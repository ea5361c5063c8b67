package jp.kyodoflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a Camunda Form lets a person submit: the top-level variable names of its input fields
 * (a field's key, or the first segment of a group's or list's path) and which of them are shown
 * read-only. Display components (text, buttons, images) submit nothing.
 */
public record FormSchema(String formId, Set<String> inputKeys, Set<String> readonlyKeys) {

    private static final Set<String> DISPLAY_TYPES =
            Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table", "documentPreview");

    public FormSchema {
        inputKeys = Set.copyOf(inputKeys);
        readonlyKeys = Set.copyOf(readonlyKeys);
    }

    public static FormSchema parse(InputStream json) {
        try (InputStream in = json) {
            JsonNode root = FormValues.JSON.readTree(in);
            Set<String> inputs = new LinkedHashSet<>();
            Set<String> readonly = new LinkedHashSet<>();
            collect(root.path("components"), inputs, readonly);
            return new FormSchema(root.path("id").asText(null), inputs, readonly);
        } catch (IOException e) {
            throw new IllegalStateException("Camunda Form cannot be read", e);
        }
    }

    /** Keys of nested fields live inside the list or group that holds them; only top-level names count. */
    private static void collect(JsonNode components, Set<String> inputs, Set<String> readonly) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            String path = c.path("path").asText("");
            if (!path.isEmpty()) {
                inputs.add(path.split("\\.")[0]);
                continue;
            }
            String key = c.path("key").asText("");
            if (!key.isEmpty() && !DISPLAY_TYPES.contains(type)) {
                String top = key.split("\\.")[0];
                inputs.add(top);
                if (c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
                    readonly.add(top);
                }
            }
            if (c.has("components")) {
                collect(c.path("components"), inputs, readonly);
            }
        }
    }
}

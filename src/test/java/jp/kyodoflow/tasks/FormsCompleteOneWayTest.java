package jp.kyodoflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's own 完了 / 開始 is the one way to complete a Camunda Form: no form in forms/ carries a
 * button of its own, or a text that points to one.
 */
class FormsCompleteOneWayTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noFormHasAnInFormCompletionButtonOrItsHint() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Path form : forms) {
            walk(form.getFileName().toString(), JSON.readTree(form.toFile()).path("components"), found);
        }
        assertThat(found).isEmpty();
    }

    private static void walk(String form, JsonNode components, List<String> found) {
        for (JsonNode c : components) {
            if ("button".equals(c.path("type").asText())) {
                found.add(form + ": button " + c.path("id").asText() + " 「" + c.path("label").asText() + "」");
            }
            String text = c.path("text").asText("") + c.path("label").asText("") + c.path("description").asText("");
            if (text.contains("入力内容を確認して") || text.contains("このボタン") || text.contains("「入力内容")) {
                found.add(form + ": " + c.path("id").asText() + " points to an in-form button");
            }
            walk(form, c.path("components"), found);
        }
    }
}

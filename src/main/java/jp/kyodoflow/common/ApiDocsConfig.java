package jp.kyodoflow.common;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI docs of our API: request examples that depend on today ({@link CurrentExample}) are
 * put inline into the operations that name them. springdoc builds the docs once and writes them as
 * JSON for each read; such an example's value is computed as it is written, so it never ages.
 */
@Configuration
class ApiDocsConfig {

    private static final String REF = "#/components/examples/";

    @Bean
    OpenApiCustomizer currentExamples(List<CurrentExample> examples, ObjectMapper json) {
        Map<String, CurrentExample> byName = examples.stream()
                .collect(Collectors.toMap(CurrentExample::name, Function.identity()));
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                return;
            }
            for (MediaType media : op.getRequestBody().getContent().values()) {
                if (media.getExamples() != null) {
                    media.getExamples().replaceAll((name, example) -> inline(example, byName, json));
                    // springdoc repeats an example's name as its description
                    media.getExamples().forEach((name, example) -> {
                        if (name.equals(example.getDescription())) {
                            example.setDescription(null);
                        }
                    });
                }
            }
        }));
    }

    private static Example inline(Example example, Map<String, CurrentExample> byName, ObjectMapper json) {
        String ref = example.get$ref();
        CurrentExample current = ref != null && ref.startsWith(REF) ? byName.get(ref.substring(REF.length())) : null;
        if (current == null) {
            return example;
        }
        return new Example().summary(current.summary()).value(new WrittenAfresh(current.value(), json));
    }

    /** An example value that is computed each time the docs are written. */
    record WrittenAfresh(Supplier<Object> value, ObjectMapper json) {
        @JsonValue
        JsonNode write() {
            return json.valueToTree(value.get());
        }
    }
}

package jp.kyodoflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI docs name each request and response type of our API after itself: for every endpoint
 * under /api, the schema its body points at has exactly the JSON properties of the Java type the
 * endpoint takes or returns, all the way down, and no schema name stands for two Java types (records
 * of the same simple name in two modules once collapsed into one schema).
 */
@IntegrationTest
class ApiDocsSchemasHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper mapper;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    JsonNode docs;
    final Map<String, Class<?>> owners = new LinkedHashMap<>();
    final Set<String> checked = new HashSet<>();
    final List<String> problems = new ArrayList<>();

    @BeforeEach
    void readDocs() throws Exception {
        var response = rest.withBasicAuth("coord1", "demo").getForEntity("/v3/api-docs", String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        docs = mapper.readTree(response.getBody());
    }

    @Test
    void everyBodyPointsAtTheSchemaOfItsOwnJavaType() {
        int bodies = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String path : e.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                    String where = method + " " + path;
                    JsonNode op = docs.path("paths").path(path).path(method.name().toLowerCase());
                    if (op.isMissingNode()) {
                        problems.add(where + " is not documented");
                        continue;
                    }
                    bodies += requestBody(e.getValue(), op, where) + responseBody(e.getValue(), op, where);
                }
            }
        }
        assertThat(bodies).as("request and response bodies checked").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void theTwoModulesRoundAndProposalInputsAreTheirOwnSchemas() {
        JsonNode submission = requestSchema("/api/proposal-rounds/{id}/proposals", "post");
        assertThat(names(submission.path("properties"))).containsExactlyInAnyOrder("groupId", "content", "submit");
        assertThat(names(requestSchema("/api/review-rounds", "post").path("properties")))
                .contains("configId", "members", "proposals").doesNotContain("reviewConfigId", "committee", "rules");
        assertThat(names(requestSchema("/api/proposal-rounds", "post").path("properties")))
                .contains("rules", "reviewConfigId", "committee").doesNotContain("configId", "members", "proposals");
        JsonNode reviewProposals = requestSchema("/api/review-rounds", "post").at("/properties/proposals/items");
        assertThat(names(schema(reviewProposals).path("properties"))).contains("refType", "refId", "requestedYen");
        assertThat(names(responseSchema("/api/proposal-rounds/{id}", "get").path("properties")))
                .contains("rules", "reviewConfigId", "committeeRoundId");
        assertThat(names(responseSchema("/api/review-rounds/{id}", "get").path("properties")))
                .contains("configId", "members", "proposals", "hearings");
        assertThat(names(responseSchema("/api/proposals/{id}", "get").path("properties")))
                .contains("roundId", "groupId", "content", "version");
    }

    private int requestBody(HandlerMethod handler, JsonNode op, String where) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                JsonNode schema = op.at("/requestBody/content/application~1json/schema");
                if (schema.isMissingNode()) {
                    problems.add(where + ": the JSON request body is not documented");
                } else {
                    compare(mapper.constructType(p.getGenericParameterType()), schema, where + " request");
                }
                return 1;
            }
        }
        return 0;
    }

    private int responseBody(HandlerMethod handler, JsonNode op, String where) {
        JavaType type = mapper.constructType(handler.getReturnType().getGenericParameterType());
        if (HttpEntity.class.isAssignableFrom(type.getRawClass())) {
            type = type.containedTypeOrUnknown(0);
        }
        Class<?> raw = type.getRawClass();
        if (raw == void.class || raw == Void.class || raw == byte[].class) {
            return 0;
        }
        JsonNode content = op.path("responses").elements().next().path("content");
        if (!content.elements().hasNext()) {
            problems.add(where + ": the response body is not documented");
            return 0;
        }
        compare(type, content.elements().next().path("schema"), where + " response");
        return 1;
    }

    /** The documented schema has the Java type's JSON properties (Jackson's, as the API writes and reads them). */
    private void compare(JavaType type, JsonNode schema, String where) {
        Class<?> raw = type.getRawClass();
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            Class<?> owner = owners.putIfAbsent(name, raw);
            if (owner != null && owner != raw) {
                problems.add(where + ": schema " + name + " stands for both " + owner.getName() + " and " + raw.getName());
                return;
            }
            if (!checked.add(name)) {
                return;
            }
            JsonNode properties = docs.path("components").path("schemas").path(name).path("properties");
            Map<String, JavaType> expected = properties(type);
            if (!expected.keySet().equals(new TreeSet<>(names(properties)))) {
                problems.add(where + ": schema " + name + " has " + new TreeSet<>(names(properties)) + ", "
                        + raw.getName() + " has " + expected.keySet());
                return;
            }
            expected.forEach((property, propertyType) ->
                    compare(propertyType, properties.path(property), where + " > " + name + "." + property));
        } else if (type.isContainerType() && !type.isMapLikeType() && raw != byte[].class) {
            compare(type.getContentType(), schema.path("items"), where + "[]");
        } else if (isOurs(raw) && !raw.isEnum()) {
            problems.add(where + ": " + raw.getName() + " has no schema of its own");
        }
    }

    private Map<String, JavaType> properties(JavaType type) {
        List<BeanPropertyDefinition> properties = mapper.getSerializationConfig().introspect(type).findProperties();
        return properties.stream().collect(Collectors.toMap(BeanPropertyDefinition::getName,
                BeanPropertyDefinition::getPrimaryType, (a, b) -> a, java.util.TreeMap::new));
    }

    private static boolean isOurs(Type type) {
        return type instanceof Class<?> c && c.getName().startsWith("jp.kyodoflow.");
    }

    private JsonNode requestSchema(String path, String method) {
        return schema(docs.path("paths").path(path).path(method).at("/requestBody/content/application~1json/schema"));
    }

    private JsonNode responseSchema(String path, String method) {
        JsonNode content = docs.path("paths").path(path).path(method).path("responses").elements().next().path("content");
        return schema(content.elements().next().path("schema"));
    }

    private JsonNode schema(JsonNode refOrSchema) {
        String ref = refOrSchema.path("$ref").asText();
        assertThat(ref).as("a schema reference").startsWith("#/components/schemas/");
        return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

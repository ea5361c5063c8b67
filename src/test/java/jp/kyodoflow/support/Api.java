package jp.kyodoflow.support;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Our HTTP API as a demo user sees it (Basic authentication, JSON). */
public final class Api {

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest, String userId) {
        this.rest = userId == null ? rest : rest.withBasicAuth(userId, "demo");
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    }

    public ResponseEntity<List<Map<String, Object>>> list(String path) {
        return rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return rest.exchange(path, HttpMethod.POST, json(body), new ParameterizedTypeReference<>() { });
    }

    public ResponseEntity<String> postRaw(String path, String body) {
        return rest.exchange(path, HttpMethod.POST, json(body), String.class);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** The id of the caller's open task with that key in that process instance. */
    public String taskId(String processInstanceId, String taskKey) {
        return list("/api/tasks?processInstanceId=" + processInstanceId + "&taskKey=" + taskKey).getBody().stream()
                .map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + taskKey + " for this user"));
    }

    public ResponseEntity<Map<String, Object>> complete(String processInstanceId, String taskKey, Map<String, Object> vars) {
        return post("/api/tasks/" + taskId(processInstanceId, taskKey) + "/complete", vars);
    }
}

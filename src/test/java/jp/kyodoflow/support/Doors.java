package jp.kyodoflow.support;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The three doors to the same engine, as one person: our API ({@code /api}), the engine REST API
 * ({@code /engine-rest}, HTTP Basic) and the API that Tasklist itself calls
 * ({@code /camunda/api/engine/engine/default}, a webapp session with its CSRF token).
 */
public final class Doors {

    public enum Door { API, ENGINE_REST, TASKLIST }

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    private final TestRestTemplate rest;
    private final String userId;
    private String sessionCookie;
    private String csrfToken;

    public Doors(TestRestTemplate rest, String userId) {
        this.rest = rest;
        this.userId = userId;
    }

    public Api api() {
        return new Api(rest, userId);
    }

    /** A call to the engine's REST resources ({@code path} after the engine root) through one door. */
    public ResponseEntity<String> engine(Door door, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (door == Door.TASKLIST) {
            login();
            headers.add(HttpHeaders.COOKIE, sessionCookie);
            headers.add("X-XSRF-TOKEN", csrfToken);
            return rest.exchange(WEBAPP_ENGINE + path, method, new HttpEntity<>(json, headers), String.class);
        }
        return rest.withBasicAuth(userId, "demo").exchange("/engine-rest" + path, method,
                new HttpEntity<>(json, headers), String.class);
    }

    public ResponseEntity<String> post(Door door, String path, String json) {
        return engine(door, HttpMethod.POST, path, json);
    }

    /** Completes a task with the given form values, the way that door's client does. */
    public int complete(Door door, String taskId, Map<String, Object> values) {
        if (door == Door.API) {
            return api().post("/api/tasks/" + taskId + "/complete", values).getStatusCode().value();
        }
        return post(door, "/task/" + taskId + "/submit-form", variables(values)).getStatusCode().value();
    }

    /** Engine REST variables JSON: {"variables": {"k": {"value": v}}}. */
    public static String variables(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        values.forEach((k, v) -> json.append('"').append(k).append("\":{\"value\":")
                .append(v instanceof String s ? "\"" + s + "\"" : String.valueOf(v)).append("},"));
        if (!values.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        return json.append("}}").toString();
    }

    private void login() {
        if (sessionCookie != null) {
            return;
        }
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        String xsrf = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "SESSION");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, "SESSION=" + session + "; XSRF-TOKEN=" + xsrf);
        headers.add("X-XSRF-TOKEN", xsrf);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", userId);
        form.add("password", "demo");
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, headers), String.class);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("webapp login of " + userId + " failed: " + login.getStatusCode() + " " + login.getBody());
        }
        String newSession = cookie(login, "SESSION");
        session = newSession != null ? newSession : session;
        // the login starts a new session: its CSRF token comes with the next read, as in the browser
        HttpHeaders read = new HttpHeaders();
        read.add(HttpHeaders.COOKIE, "SESSION=" + session);
        ResponseEntity<String> me = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(read), String.class);
        String newXsrf = cookie(me, "XSRF-TOKEN");
        csrfToken = newXsrf != null ? newXsrf : cookie(login, "XSRF-TOKEN") != null ? cookie(login, "XSRF-TOKEN") : xsrf;
        sessionCookie = "SESSION=" + session + "; XSRF-TOKEN=" + csrfToken;
    }

    private static String cookie(ResponseEntity<?> response, String name) {
        List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies == null) {
            return null;
        }
        return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1).split(";")[0])
                .findFirst().orElse(null);
    }
}

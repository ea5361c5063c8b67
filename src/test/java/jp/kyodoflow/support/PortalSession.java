package jp.kyodoflow.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session with the portal over plain HTTP: the session cookie and the CSRF token of the
 * last page read, and the form login. Redirects are not followed (TestRestTemplate), so a test sees
 * where the portal sends the person. {@code source} is sent as X-Forwarded-For (the login throttle
 * counts per source); null sends none.
 */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate rest;
    private final String source;
    private String cookie;
    private String csrf;

    public PortalSession(TestRestTemplate rest, String source) {
        this.rest = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        this.source = source;
    }

    public ResponseEntity<String> get(String path) {
        ResponseEntity<String> page = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        remember(page);
        return page;
    }

    /** A form POST with the CSRF token of the last page read (or without any when {@code withToken} is false). */
    public ResponseEntity<String> post(String path, MultiValueMap<String, String> form, boolean withToken) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        if (withToken && csrf != null) {
            body.add("_csrf", csrf);
        }
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        remember(response);
        return response;
    }

    /** Reads the login page and signs in; the answer is the redirect (to マイページ, or back to the login page with the reason). */
    public ResponseEntity<String> login(String user, String password) {
        get("/login");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return post("/login", form, true);
    }

    private HttpHeaders headers() {
        HttpHeaders h = new HttpHeaders();
        h.setAccept(List.of(MediaType.TEXT_HTML));
        if (source != null) {
            h.set("X-Forwarded-For", source);
        }
        if (cookie != null) {
            h.set(HttpHeaders.COOKIE, cookie);
        }
        return h;
    }

    private void remember(ResponseEntity<String> response) {
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            set.stream().filter(c -> c.startsWith("SESSION=")).findFirst().ifPresent(c -> cookie = c.split(";", 2)[0]);
        }
        if (response.getBody() != null) {
            Matcher m = CSRF.matcher(response.getBody());
            if (m.find()) {
                csrf = m.group(1);
            }
        }
    }
}

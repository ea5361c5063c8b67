package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The guard's decisions for listed origins and for the forms an Origin can take. */
class BrowserRequestGuardTest {

    final BrowserRequestGuard guard = new BrowserRequestGuard(new SecurityProperties(
            List.of("https://Portal.City.example.lg.jp/"), new SecurityProperties.LoginThrottle(true, 10, java.time.Duration.ofMinutes(5), 100),
            new SecurityProperties.AuthenticationCache(java.time.Duration.ofSeconds(30), 100)),
            Jackson2ObjectMapperBuilder.json().build());

    int status(String method, String contentType, Map<String, String> headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/notices/1/read");
        request.setScheme("https");
        request.setServerName("kyodo.city.example.lg.jp");
        request.setServerPort(443);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        headers.forEach(request::addHeader);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);
        return chain.getRequest() != null ? 0 : response.getStatus();
    }

    @Test
    void ownAndListedOriginsPassOthersAreRefused() throws Exception {
        assertThat(status("POST", "application/json", Map.of("Origin", "https://kyodo.city.example.lg.jp"))).isZero();
        assertThat(status("POST", "application/json", Map.of("Origin", "HTTPS://KYODO.city.example.lg.jp:443"))).isZero();
        assertThat(status("POST", "application/json", Map.of("Origin", "https://portal.city.example.lg.jp",
                "Sec-Fetch-Site", "same-site"))).as("listed").isZero();
        assertThat(status("POST", "application/json", Map.of("Sec-Fetch-Site", "none"))).as("typed by the user").isZero();
        assertThat(status("POST", "application/json", Map.of())).as("a script").isZero();

        assertThat(status("POST", "application/json", Map.of("Origin", "http://kyodo.city.example.lg.jp"))).as("scheme").isEqualTo(403);
        assertThat(status("POST", "application/json", Map.of("Origin", "https://kyodo.city.example.lg.jp:8443"))).isEqualTo(403);
        assertThat(status("POST", "application/json", Map.of("Origin", "https://kyodo.city.example.lg.jp.evil.example"))).isEqualTo(403);
        assertThat(status("PUT", "application/json", Map.of("Origin", "not a url"))).isEqualTo(403);
        assertThat(status("DELETE", null, Map.of("Sec-Fetch-Site", "cross-site"))).isEqualTo(403);
        assertThat(status("POST", "application/json", Map.of("Origin", "https://portal.city.example.lg.jp/path"))).isEqualTo(403);
    }

    @Test
    void readingIsNeverRefusedAndFormBodiesAlwaysAre() throws Exception {
        assertThat(status("GET", null, Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"))).isZero();
        assertThat(status("HEAD", null, Map.of("Sec-Fetch-Site", "cross-site"))).isZero();
        assertThat(status("POST", "application/x-www-form-urlencoded", Map.of())).isEqualTo(415);
        assertThat(status("POST", "TEXT/PLAIN; charset=UTF-8", Map.of("Origin", "https://portal.city.example.lg.jp"))).isEqualTo(415);
        assertThat(status("POST", "multipart/form-data; boundary=x", Map.of())).isZero();
    }
}

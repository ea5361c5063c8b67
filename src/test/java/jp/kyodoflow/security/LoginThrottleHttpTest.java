package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Hearing day: someone sends a burst of wrong passwords for a committee member. Their source is
 * throttled at every door (our API, the engine REST API, the webapps' login), even with the right
 * password, while the member logs in at once from anywhere else, through every door. Sources are
 * told apart by X-Forwarded-For, which the test profile trusts from loopback as a proxy would be.
 */
@IntegrationTest
class LoginThrottleHttpTest {

    static final String ATTACKER = "198.51.100.23";
    static final String MEMBER_ELSEWHERE = "203.0.113.40";

    @Autowired TestRestTemplate rest;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forgetSources() {
        throttle.forget(ATTACKER);
        throttle.forget(MEMBER_ELSEWHERE);
    }

    static HttpHeaders from(String source) {
        HttpHeaders h = new HttpHeaders();
        h.set("X-Forwarded-For", source);
        return h;
    }

    HttpStatus api(String password, String source) {
        return HttpStatus.valueOf(rest.withBasicAuth("committee1", password).exchange("/api/notices", HttpMethod.GET,
                new HttpEntity<>(from(source)), String.class).getStatusCode().value());
    }

    HttpStatus engineRest(String password, String source) {
        return HttpStatus.valueOf(rest.withBasicAuth("committee1", password).exchange("/engine-rest/task?maxResults=1",
                HttpMethod.GET, new HttpEntity<>(from(source)), String.class).getStatusCode().value());
    }

    /** Tasklist's login form: fetch the webapps' CSRF token with a session, then post the credentials. */
    HttpStatus webappLogin(String password, String source) {
        HttpHeaders fetch = from(source);
        fetch.set("X-XSRF-TOKEN", "Fetch");
        ResponseEntity<String> page = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(fetch), String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpHeaders login = from(source);
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.set("X-XSRF-TOKEN", token);
        login.set(HttpHeaders.COOKIE, cookies);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "committee1");
        form.add("password", password);
        return HttpStatus.valueOf(rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, login), String.class).getStatusCode().value());
    }

    int userFailures() {
        return jdbc.queryForObject("select attempts_ from act_id_user where id_ = 'committee1'", Integer.class);
    }

    @Test
    void aBurstFromOneSourceIsThrottledThereAndLocksTheMemberOutNowhere() throws Exception {
        assertThat(webappLogin("demo", MEMBER_ELSEWHERE)).as("the login form works at all").isEqualTo(HttpStatus.OK);

        ExecutorService pool = Executors.newFixedThreadPool(15);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<Map>>> burst = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String guess = "guess" + i;
            burst.add(pool.submit(() -> {
                go.await();
                return rest.withBasicAuth("committee1", guess).exchange("/api/notices", HttpMethod.GET,
                        new HttpEntity<>(from(ATTACKER)), Map.class);
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (var f : burst) {
            ResponseEntity<Map> r = f.get();
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(r.getBody().get("detail").toString()).startsWith("ログインが必要です。ユーザーIDとパスワードを確認してください");
        }
        pool.shutdown();
        long burstMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(throttle.failures(ATTACKER)).as("failures counted for the source").isEqualTo(10);
        assertThat(userFailures()).as("the 5 throttled guesses never reached the member's account").isLessThanOrEqualTo(10);

        // the source is refused whatever it sends, at every door
        assertThat(api("demo", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engineRest("demo", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webappLogin("demo", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);

        // the member, elsewhere, at once, through every door
        assertThat(api("demo", MEMBER_ELSEWHERE)).isEqualTo(HttpStatus.OK);
        assertThat(engineRest("demo", MEMBER_ELSEWHERE)).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("demo", MEMBER_ELSEWHERE)).isEqualTo(HttpStatus.OK);
        assertThat(userFailures()).as("a good login clears the account's counter").isZero();
        assertThat(jdbc.queryForObject("select lock_exp_time_ is null from act_id_user where id_ = 'committee1'", Boolean.class))
                .isTrue();
        org.slf4j.LoggerFactory.getLogger(LoginThrottleHttpTest.class).info("15 wrong passwords in {} ms", burstMillis);
    }

    @Test
    void aWrongPasswordThroughOneDoorCountsForTheSourceAtTheOthers() {
        for (int i = 0; i < 4; i++) {
            assertThat(api("wrong", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(engineRest("wrong", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(webappLogin("wrong", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(throttle.failures(ATTACKER)).isEqualTo(9);
        assertThat(api("demo", ATTACKER)).as("a right password still passes below the limit").isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("wrong", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api("demo", ATTACKER)).as("the tenth failure closes the source").isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
